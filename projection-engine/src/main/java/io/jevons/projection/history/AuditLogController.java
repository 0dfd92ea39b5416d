package io.jevons.projection.history;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.table.Csv;
import io.jevons.projection.table.Table;
import io.jevons.projection.projection.AsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Who changed which assumption when and why: the audit log, filtered and paged, as JSON or CSV. */
@RestController
@Tag(name = "History")
class AuditLogController {

    private final AuditLogRepository auditLog;

    AuditLogController(AuditLogRepository auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The audit log of all scenarios; filter by scenario, user, family (DEMAND, MODEL_MIX, "
            + "EFFICIENCY, CHIPS, PROCUREMENT, ECONOMICS, REBOUND, SCENARIO) and time range")
    AuditPage all(@RequestParam(required = false) UUID scenarioId, @RequestParam(required = false) String user,
                  @RequestParam(required = false) String family, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "50") int size) {
        return auditLog.find(query(scenarioId, user, family, from, to, page, size));
    }

    @GetMapping(path = "/api/audit", produces = Csv.MEDIA_TYPE)
    @Operation(summary = "The audit log as CSV (same filters; one page, up to 500 entries)")
    ResponseEntity<String> allCsv(@RequestParam(required = false) UUID scenarioId, @RequestParam(required = false) String user,
                                  @RequestParam(required = false) String family, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "500") int size) {
        AuditPage found = auditLog.find(query(scenarioId, user, family, from, to, page, size));
        Table table = Table.of(List.of("scenario_id", "version", "time", "user", "family", "event_type", "summary",
                "reason", "correlation_id", "source"));
        for (AuditEntry e : found.entries()) {
            table = table.withRow(List.of(e.scenarioId(), e.version(), e.time(), nullable(e.user()), e.family(),
                    e.eventType(), e.summary(), nullable(e.reason()), nullable(e.correlationId()), nullable(e.source())));
        }
        return Csv.download(table, "jevons-audit.csv");
    }

    @GetMapping("/api/scenarios/{scenarioId}/history")
    @Operation(summary = "The history of one scenario, newest first")
    AuditPage history(@PathVariable UUID scenarioId, @RequestParam(required = false) String user,
                      @RequestParam(required = false) String family, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "50") int size) {
        return auditLog.find(query(scenarioId, user, family, null, null, page, size));
    }

    private static AuditQuery query(UUID scenarioId, String user, String family, String from, String to, int page,
                                    int size) {
        return new AuditQuery(scenarioId == null ? null : new ScenarioId(scenarioId), user, AuditQuery.family(family),
                instant(from, "from"), instant(to, "to"), page, size);
    }

    /** A day or an instant; a day means its start for {@code from} and its end for {@code to}. */
    private static Instant instant(String text, String field) {
        if (text != null && "from".equals(field) && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            Instant endOfDay = AsOf.parse(text, field).time(); // the same day's end, checked
            return endOfDay.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        AsOf moment = AsOf.parse(text, field);
        if (moment.version() != null) {
            throw InvalidAssumptionsException.of(field, "expected a day or an instant, was " + text);
        }
        return moment.time();
    }

    private static Object nullable(String text) {
        return text == null ? "" : text;
    }
}
