package io.jevons.projection.scenariolist;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.planning.http.VersionTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Read side of the scenario resource, served from the read model. */
@RestController
@RequestMapping("/api/scenarios")
@Tag(name = "Scenarios")
class ScenarioQueryController {

    private final ScenarioListRepository scenarios;

    ScenarioQueryController(ScenarioListRepository scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    @Operation(summary = "List the scenarios, the most recently changed first")
    List<ScenarioSummary> list() {
        return scenarios.findAll();
    }

    @GetMapping("/{scenarioId}")
    @Operation(summary = "Read one scenario's name, horizon, version (also its ETag) and who changed it last")
    ResponseEntity<ScenarioSummary> one(@PathVariable UUID scenarioId) {
        return scenarios.find(new ScenarioId(scenarioId))
                .map(summary -> ResponseEntity.ok().eTag(VersionTags.of(summary.version())).body(summary))
                .orElseThrow(() -> new ResourceNotFound("scenario " + scenarioId));
    }
}
