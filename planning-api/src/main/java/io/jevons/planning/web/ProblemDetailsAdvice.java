package io.jevons.planning.web;

import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the HTTP API as {@code application/problem+json} with a stable type, the offending
 * field and a reason: 400 for JSON that cannot be read, 422 for values the model refuses.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidAssumptionsException.class)
    ResponseEntity<ProblemDetail> invalidAssumptions(InvalidAssumptionsException exception) {
        List<AssumptionViolation> violations = exception.violations();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage());
        problem.setType(ProblemTypes.INVALID_ASSUMPTION);
        problem.setTitle("Invalid assumption");
        problem.setProperty("field", violations.get(0).field());
        problem.setProperty("reason", violations.get(0).reason());
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("field", v.field(), "reason", v.reason()))
                .collect(Collectors.toList()));
        return ResponseEntity.of(problem).build();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        InvalidAssumptionsException invalid = findCause(exception, InvalidAssumptionsException.class);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.MALFORMED_REQUEST);
        problem.setTitle("Malformed request body");
        String field = fieldOf(exception);
        problem.setProperty("field", invalid != null ? invalid.violations().get(0).field() : field);
        String reason = invalid != null ? invalid.violations().get(0).reason() : readableReason(exception);
        problem.setProperty("reason", reason);
        problem.setDetail(field.isEmpty() ? reason : field + ": " + reason);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    private static String fieldOf(Throwable exception) {
        DatabindException databind = findCause(exception, DatabindException.class);
        if (databind == null) {
            return "";
        }
        return databind.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String readableReason(HttpMessageNotReadableException exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return "the request body is missing or is not JSON";
        }
        return jackson.getOriginalMessage();
    }

    private static <T extends Throwable> T findCause(Throwable exception, Class<T> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
