package io.jevons.planning.actuals;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.actuals.RecordActuals;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
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

/** Actuals: what really happened in a quarter, recorded as events to hold forecasts against. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/actuals")
@Tag(name = "Actuals")
class ActualsController {

    record ActualsRequest(Long chipsDelivered, Double tokensServed, Usd spendUsd, String reason) {
    }

    private final AuditedCommands commands;

    ActualsController(AuditedCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/{quarter}")
    @Operation(summary = "Record a quarter's actuals: chips delivered, tokens served, spend on chips (USD); figures "
            + "left out keep what was recorded before")
    ResponseEntity<ScenarioVersionResponse> record(@PathVariable UUID scenarioId, @PathVariable String quarter,
                                                   @RequestBody ActualsRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        long version = commands.send(new RecordActuals(id, parsed(quarter, "quarter", Quarter::parse),
                request.chipsDelivered(), request.tokensServed(), request.spendUsd(), request.reason()));
        return ScenarioVersionResponse.ok(id, version);
    }
}
