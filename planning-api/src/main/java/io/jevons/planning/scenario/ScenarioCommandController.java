package io.jevons.planning.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.web.VersionTags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Command side of the scenario resource; reads are served by the projection engine. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioCommandController {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final AuditedCommands commands;

    ScenarioCommandController(AuditedCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<ScenarioVersionResponse> create(@RequestBody CreateScenarioRequest request,
                                                   @RequestHeader(name = CORRELATION_HEADER, required = false)
                                                   String correlationId) {
        if (request.firstQuarter() == null) {
            throw InvalidAssumptionsException.of("firstQuarter", "the first quarter of the horizon is required");
        }
        if (request.lastQuarter() == null) {
            throw InvalidAssumptionsException.of("lastQuarter", "the last quarter of the horizon is required");
        }
        ScenarioId id = request.scenarioId() == null ? ScenarioId.random() : new ScenarioId(request.scenarioId());
        Horizon horizon = new Horizon(request.firstQuarter(), request.lastQuarter());
        commands.send(new CreateScenario(id, request.name(), horizon, request.reason()), correlationId);
        ScenarioVersionResponse created = new ScenarioVersionResponse(id, ScenarioVersions.AFTER_CREATION);
        return ResponseEntity.created(URI.create("/api/scenarios/" + id))
                .eTag(VersionTags.of(created.version()))
                .body(created);
    }
}
