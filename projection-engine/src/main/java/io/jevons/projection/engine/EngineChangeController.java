package io.jevons.projection.engine;

import io.jevons.capacity.projection.EngineVersion;
import io.jevons.planning.api.scenario.ScenarioId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Which outputs of a scenario moved because the capacity model's engine changed, not its assumptions. */
@RestController
@Tag(name = "Projection")
class EngineChangeController {

    record EngineChangesResponse(String currentEngineVersion, List<EngineChange> changes) {
    }

    private final EngineChanges changes;

    EngineChangeController(EngineChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/api/scenarios/{scenarioId}/engine-changes")
    @Operation(summary = "Outputs a replay under a new engine version computed differently for the same events, "
            + "newest first")
    EngineChangesResponse engineChanges(@PathVariable UUID scenarioId) {
        return new EngineChangesResponse(EngineVersion.CURRENT, changes.of(new ScenarioId(scenarioId)));
    }
}
