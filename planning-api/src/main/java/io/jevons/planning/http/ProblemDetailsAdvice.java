package io.jevons.planning.http;

import io.jevons.capacity.attribution.UndefinedMetricException;
import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.scenario.ConflictingChanges;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import io.jevons.planning.api.scenario.StaleScenarioVersion;
import io.jevons.planning.api.versions.ScenarioIsLocked;
import io.jevons.planning.cluster.DatabaseOutage;
import io.jevons.planning.scenario.ScenarioAlreadyExists;
import io.jevons.planning.web.IfMatch;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the HTTP API as {@code application/problem+json} with a stable type, the offending field and
 * a reason: 400 for a body that cannot be read, 404 for an unknown scenario, 409 for a stale version (with the
 * changes the caller missed), an archived or locked scenario or a name already taken, 422 for values the
 * capacity model refuses.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidAssumptionsException.class)
    ResponseEntity<ProblemDetail> invalidAssumptions(InvalidAssumptionsException exception) {
        List<AssumptionViolation> violations = exception.violations();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_ASSUMPTION,
                "Invalid assumption", violations.get(0).field(), violations.get(0).reason());
        problem.setDetail(exception.getMessage());
        problem.setProperty("violations", violations.stream()
                .map(v -> Map.of("field", v.field(), "reason", v.reason()))
                .collect(Collectors.toList()));
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(ScenarioAlreadyExists.class)
    ResponseEntity<ProblemDetail> scenarioExists(ScenarioAlreadyExists exists) {
        return ResponseEntity.of(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Scenario id taken",
                "scenarioId", exists.getMessage())).build();
    }

    @ExceptionHandler(UndefinedMetricException.class)
    ResponseEntity<ProblemDetail> undefinedMetric(UndefinedMetricException undefined) {
        return ResponseEntity.of(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_ASSUMPTION,
                "Metric undefined", "metric", undefined.getMessage())).build();
    }

    @ExceptionHandler(StaleScenarioVersion.class)
    ResponseEntity<ProblemDetail> staleVersion(StaleScenarioVersion stale) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.STALE_VERSION, "Scenario changed meanwhile",
                IfMatch.HEADER, stale.getMessage() + ": review the changes you missed, then apply yours to version "
                        + stale.currentVersion());
        problem.setProperty("expectedVersion", stale.expectedVersion());
        problem.setProperty("currentVersion", stale.currentVersion());
        problem.setProperty("missedCount", stale.missedCount());
        problem.setProperty("missedChanges", stale.newestMissed().stream().map(ProblemDetailsAdvice::describe).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(VersionTags.of(stale.currentVersion())).body(problem);
    }

    @ExceptionHandler(ScenarioIsArchived.class)
    ResponseEntity<ProblemDetail> archived(ScenarioIsArchived archived) {
        return ResponseEntity.of(Problems.of(HttpStatus.CONFLICT, ProblemTypes.ARCHIVED, "Scenario archived", null,
                archived.getMessage())).build();
    }

    @ExceptionHandler(ScenarioIsLocked.class)
    ResponseEntity<ProblemDetail> locked(ScenarioIsLocked locked) {
        return ResponseEntity.of(Problems.of(HttpStatus.CONFLICT, ProblemTypes.LOCKED, "Scenario locked", "locked",
                locked.getMessage())).build();
    }

    @ExceptionHandler(ConflictingChanges.class)
    ResponseEntity<ProblemDetail> conflictingChanges(ConflictingChanges conflict) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICTING_CHANGES, "Conflicting changes",
                conflict.field(), conflict.getMessage());
        problem.setProperty("conflicts", conflict.conflicts());
        return ResponseEntity.of(problem).build();
    }

    @ExceptionHandler(ScenarioConflict.class)
    ResponseEntity<ProblemDetail> conflict(ScenarioConflict conflict) {
        return ResponseEntity.of(Problems.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", conflict.field(),
                conflict.getMessage())).build();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownScenario(AggregateNotFoundException missing) {
        return ResponseEntity.of(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", null,
                "scenario " + missing.getAggregateIdentifier() + " does not exist")).build();
    }

    /** Two nodes appended the same version at once: the event store's unique key refused the later one. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentWrite(ConcurrencyException conflict) {
        return ResponseEntity.of(Problems.of(HttpStatus.CONFLICT, ProblemTypes.STALE_VERSION, "Scenario changed meanwhile",
                IfMatch.HEADER, "another change was stored at the same moment; read the scenario and try again")).build();
    }

    /**
     * PostgreSQL unreachable (restarting, failing over): the change was not stored, and the client may send the
     * same request again. Any other failure stays a 500.
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException failure) {
        if (!DatabaseOutage.explains(failure)) {
            throw failure;
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DATABASE_UNAVAILABLE,
                        "Database unavailable", null, "the database cannot be reached; nothing was stored, try again"));
    }

    /** A body read by the endpoint itself (an import, parsed as it streams in) that is not the JSON it takes. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<ProblemDetail> unreadableBody(JacksonException unreadable) {
        ContentTooLarge tooLarge = findCause(unreadable, ContentTooLarge.class);
        if (tooLarge != null) {
            return contentTooLarge(tooLarge);
        }
        String field = fieldOf(unreadable);
        return ResponseEntity.of(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request body", field.isEmpty() ? "body" : field, UnreadableJson.reason(unreadable))).build();
    }

    @ExceptionHandler(ContentTooLarge.class)
    ResponseEntity<ProblemDetail> contentTooLarge(ContentTooLarge tooLarge) {
        return ResponseEntity.of(tooLarge.problem()).build();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ContentTooLarge tooLarge = findCause(exception, ContentTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(contentTooLarge(tooLarge).getBody());
        }
        InvalidAssumptionsException invalid = findCause(exception, InvalidAssumptionsException.class);
        String field = invalid != null ? invalid.violations().get(0).field() : fieldOf(exception);
        String reason = invalid != null ? invalid.violations().get(0).reason() : readableReason(exception);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request body", field.isEmpty() ? null : field, reason);
        problem.setProperty("field", field);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    private static Map<String, Object> describe(RecordedEvent event) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("version", event.version());
        change.put("type", event.type());
        change.put("summary", event.summary());
        change.put("user", event.user());
        change.put("time", event.time().toString());
        return change;
    }

    private static String fieldOf(Throwable exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return "";
        }
        return jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String readableReason(HttpMessageNotReadableException exception) {
        JacksonException jackson = findCause(exception, JacksonException.class);
        if (jackson == null) {
            return "the request body is missing or is not JSON";
        }
        return UnreadableJson.reason(jackson);
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
