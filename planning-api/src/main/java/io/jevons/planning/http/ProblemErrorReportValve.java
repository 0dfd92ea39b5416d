package io.jevons.planning.http;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Tomcat's report of an error no application code answered: a request it refuses before Spring sees it (an encoded
 * slash, a broken {@code %} escape, {@code %00}). A problem like every other error of the API, not Tomcat's HTML page.
 * Errors that reach the application never get here: its error page has written the answer by then.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        // as Tomcat's own report: nothing for a success, an answer already begun, or an error already reported
        if (status == null || status.value() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reason = response.getMessage() == null || response.getMessage().isBlank()
                ? status.getReasonPhrase() : response.getMessage();
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(Problems.ofStatus(status, reason)));
            response.finishResponse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
