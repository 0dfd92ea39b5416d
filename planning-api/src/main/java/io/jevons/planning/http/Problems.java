package io.jevons.planning.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Problem details (RFC 9457) with Jevons' stable type, the field concerned and the reason. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? reason : field + ": " + reason);
        problem.setType(type);
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        problem.setProperty("reason", reason);
        return problem;
    }

    /**
     * The same problem as a plain map, for code outside Spring MVC (filters, the error page) that writes it with its
     * own JSON mapper.
     */
    public static Map<String, Object> asMap(HttpStatus status, URI type, String title, String field, String reason) {
        ProblemDetail problem = of(status, type, title, field, reason);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.putAll(problem.getProperties());
        return body;
    }

    /**
     * A problem known by its status alone, as the container's error handling reports it: a refused URL (400) or a
     * path no endpoint answers (404) concern the request's path; any other status has no type of its own.
     */
    public static Map<String, Object> ofStatus(HttpStatus status, String reason) {
        return switch (status) {
            case BAD_REQUEST -> asMap(status, ProblemTypes.MALFORMED_REQUEST, "Malformed request", "path", reason);
            case NOT_FOUND -> asMap(status, ProblemTypes.NOT_FOUND, "Not found", "path", reason);
            default -> asMap(status, ProblemTypes.NO_SPECIFIC_TYPE, status.getReasonPhrase(), null, reason);
        };
    }

    public static ErrorResponseException exception(HttpStatus status, URI type, String title, String field,
                                                   String reason) {
        return new ErrorResponseException(status, of(status, type, title, field, reason), null);
    }
}
