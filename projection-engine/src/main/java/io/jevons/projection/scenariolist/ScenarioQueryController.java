package io.jevons.projection.scenariolist;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.planning.http.VersionTags;
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
class ScenarioQueryController {

    private final ScenarioListRepository scenarios;

    ScenarioQueryController(ScenarioListRepository scenarios) {
        this.scenarios = scenarios;
    }

    @GetMapping
    List<ScenarioSummary> list() {
        return scenarios.findAll();
    }

    @GetMapping("/{scenarioId}")
    ResponseEntity<ScenarioSummary> one(@PathVariable UUID scenarioId) {
        return scenarios.find(new ScenarioId(scenarioId))
                .map(summary -> ResponseEntity.ok().eTag(VersionTags.of(summary.version())).body(summary))
                .orElseThrow(() -> new ResourceNotFound("scenario " + scenarioId));
    }
}
