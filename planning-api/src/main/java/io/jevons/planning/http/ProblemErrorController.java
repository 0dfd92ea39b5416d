package io.jevons.planning.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

import java.util.Map;

/**
 * Errors that reach the container's error page instead of a controller - a path no endpoint answers, a status
 * sent by a filter - as problem details for API clients, where Spring Boot answers with JSON of its own shape.
 * Browsers asking for HTML still get the error page.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
                           ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
    }

    /** {@code /error} asked for directly is not an error of anything: no endpoint answers it (404, not 500). */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                ? HttpStatus.NOT_FOUND : super.getStatus(request);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return ResponseEntity.noContent().build();
        }
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI); // none when /error is asked for
        String target = request.getMethod() + " " + (failedUri == null ? request.getRequestURI() : failedUri);
        String reason = switch (status) {
            case NOT_FOUND -> "no endpoint answers " + target;
            case BAD_REQUEST -> target + " could not be read";
            default -> target + ": " + status.getReasonPhrase().toLowerCase();
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.ofStatus(status, reason));
    }
}
