package io.jevons.planning.economics;

import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetReboundElasticity;
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

/** Economics (power price, PUE, training reserve, availability) and the Jevons rebound. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}")
@Tag(name = "Economics")
class EconomicsController {

    record EconomicsFigures(Double powerPriceUsdPerKwh, Double powerUsageEffectiveness, Double trainingShare,
                            Double availability, String reason) {
    }

    record Rebound(Double elasticity, String reason) {
    }

    private final ScenarioUpdates updates;

    EconomicsController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PutMapping("/economics/{quarter}")
    @Operation(summary = "Set power price, PUE, training reserve and availability from a quarter on")
    ResponseEntity<ScenarioVersionResponse> economics(@PathVariable UUID scenarioId, @PathVariable String quarter,
                                                      ChangeHeaders headers, @RequestBody EconomicsFigures body) {
        Economics economics = new Economics(required(body.powerPriceUsdPerKwh(), "powerPriceUsdPerKwh"),
                required(body.powerUsageEffectiveness(), "powerUsageEffectiveness"),
                required(body.trainingShare(), "trainingShare"), required(body.availability(), "availability"));
        return updates.change(scenarioId, headers, new SetEconomics(parsed(quarter, "quarter", Quarter::parse), economics),
                body.reason());
    }

    @PutMapping("/rebound")
    @Operation(summary = "Set the Jevons rebound elasticity (0 = none, 1 = full)")
    ResponseEntity<ScenarioVersionResponse> rebound(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                    @RequestBody Rebound body) {
        return updates.change(scenarioId, headers, new SetReboundElasticity(required(body.elasticity(), "elasticity")),
                body.reason());
    }
}
