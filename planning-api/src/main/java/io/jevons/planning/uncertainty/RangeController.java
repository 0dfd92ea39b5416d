package io.jevons.planning.uncertainty;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Distribution;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.change.ClearAssumptionRange;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.jevons.planning.web.Fields.required;

/**
 * Ranges on assumptions: how far each may be off, as factors of the planner's value (low at most 1, high at least
 * 1). Monte Carlo bands and the tornado chart are computed from them by the projection engine.
 */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/ranges")
@Tag(name = "Uncertainty")
class RangeController {

    record Range(UncertainParameter parameter, String target, Double low, Double high, Distribution distribution,
                 String reason) {
    }

    record Cleared(UncertainParameter parameter, String target, String reason) {
    }

    private final ScenarioUpdates updates;

    RangeController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PutMapping
    @Operation(summary = "Put a range on an assumption (replacing one it had): parameter, target (a workload class "
            + "or chip type for parameters that take one; none = all), low and high factors, distribution "
            + "(TRIANGULAR, the default, or UNIFORM)")
    ResponseEntity<ScenarioVersionResponse> set(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                @RequestBody Range body) {
        return updates.change(scenarioId, headers, new SetAssumptionRange(new AssumptionRange(
                required(body.parameter(), "parameter"), blankToNull(body.target()), required(body.low(), "low"),
                required(body.high(), "high"), body.distribution())), body.reason());
    }

    @PostMapping("/clear")
    @Operation(summary = "Take the range off an assumption")
    ResponseEntity<ScenarioVersionResponse> clear(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                  @RequestBody Cleared body) {
        AssumptionRange key = new AssumptionRange(required(body.parameter(), "parameter"), blankToNull(body.target()),
                1, 1, null);
        return updates.change(scenarioId, headers, new ClearAssumptionRange(key.key()), body.reason());
    }

    private static String blankToNull(String target) {
        return target == null || target.isBlank() ? null : target.strip();
    }
}
