package io.jevons.planning.calibration;

import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.Quantity;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.calibration.RemoveAnchor;
import io.jevons.planning.api.calibration.SetAnchor;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.requests.ReasonRequest;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;

/** A planner's own anchors: figures of their own (tokens served, a quote) the calibration holds the plan against. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/anchors/{anchor}")
@Tag(name = "Calibration")
class AnchorController {

    /** A figure for {@code quantity} in {@code period}; {@code tolerance} is the factor either way when AROUND. */
    record AnchorRequest(String name, Quantity quantity, String subject, String period, double value, Bound bound,
                         Double tolerance, LocalDate published, String source, String reason) {
    }

    private final AuditedCommands commands;

    AnchorController(AuditedCommands commands) {
        this.commands = commands;
    }

    @PutMapping
    @Operation(summary = "Set an anchor of the scenario's own (replaces one of the same id): what the figure is of "
            + "(quantity, subject), its period, value, bound (AROUND with a tolerance, AT_MOST, AT_LEAST), source")
    ResponseEntity<ScenarioVersionResponse> set(@PathVariable UUID scenarioId, @PathVariable String anchor,
                                                @RequestBody AnchorRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        long version = commands.send(new SetAnchor(id, anchor, request.name(), request.quantity(), request.subject(),
                request.period() == null ? null : parsed(request.period(), "period", Quarter::parse), request.value(),
                request.bound(), request.tolerance() == null ? 1 : request.tolerance(), request.published(),
                request.source(), request.reason()));
        return ScenarioVersionResponse.ok(id, version);
    }

    @PostMapping("/remove")
    @Operation(summary = "Take an anchor of the scenario's own out of its calibration")
    ResponseEntity<ScenarioVersionResponse> remove(@PathVariable UUID scenarioId, @PathVariable String anchor,
                                                   @RequestBody ReasonRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        long version = commands.send(new RemoveAnchor(id, anchor, request.reason()));
        return ScenarioVersionResponse.ok(id, version);
    }
}
