package io.jevons.planning.efficiency;

import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;
import static io.jevons.planning.web.Fields.required;

/** Efficiency assumptions: one-off steps ("DeepSeek R1: 10x from 2025Q1") and annual rates, per class or all. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/efficiency")
@Tag(name = "Efficiency")
class EfficiencyController {

    record Step(Double factor, String label, String reason) {
    }

    record AnnualGain(Double annualGain, String reason) {
    }

    private final ScenarioUpdates updates;

    EfficiencyController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PutMapping("/steps/{quarter}/{scope}")
    @Operation(summary = "Set a one-off efficiency step from a quarter on, for one class or 'all'")
    ResponseEntity<ScenarioVersionResponse> step(@PathVariable UUID scenarioId, @PathVariable String quarter,
                                                 @PathVariable String scope, ChangeHeaders headers,
                                                 @RequestBody Step body) {
        EfficiencyStep step = new EfficiencyStep(parsed(quarter, "quarter", Quarter::parse),
                parsed(scope, "scope", EfficiencyScope::parse), required(body.factor(), "factor"), body.label());
        return updates.change(scenarioId, headers, new SetEfficiencyStep(step), body.reason());
    }

    @PutMapping("/annual-gains/{scope}/{quarter}")
    @Operation(summary = "Set a continuous yearly efficiency gain from a quarter on, for one class or 'all'")
    ResponseEntity<ScenarioVersionResponse> annualGain(@PathVariable UUID scenarioId, @PathVariable String scope,
                                                       @PathVariable String quarter, ChangeHeaders headers,
                                                       @RequestBody AnnualGain body) {
        return updates.change(scenarioId, headers, new SetAnnualEfficiencyGain(parsed(scope, "scope", EfficiencyScope::parse),
                parsed(quarter, "quarter", Quarter::parse), required(body.annualGain(), "annualGain")), body.reason());
    }
}
