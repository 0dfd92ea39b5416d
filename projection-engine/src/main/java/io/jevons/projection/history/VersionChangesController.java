package io.jevons.projection.history;

import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** What one version changed, item by item: how the history unfolds a saved set or a merged proposal. */
@RestController
@Tag(name = "History")
class VersionChangesController {

    private final ScenarioHistory history;

    VersionChangesController(ScenarioHistory history) {
        this.history = history;
    }

    @GetMapping("/api/scenarios/{scenarioId}/versions/{version}/changes")
    @Operation(summary = "The single assumption changes the event of this version made, each with its planner, time, "
            + "reason and evidence (a merged proposal's keep their own); empty for an event that changed no assumption")
    List<ChangeEntry> changes(@PathVariable UUID scenarioId, @PathVariable long version) {
        ScenarioId id = new ScenarioId(scenarioId);
        return history.readVersion(id, version).map(ChangeRecord::of)
                .orElseThrow(() -> new ResourceNotFound("version " + version + " of scenario " + id))
                .stream().map(ChangeEntry::of).toList();
    }
}
