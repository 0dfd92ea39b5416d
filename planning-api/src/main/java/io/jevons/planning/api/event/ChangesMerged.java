package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The changes of an accepted proposal, merged into this scenario as one change set: one version, all or nothing.
 * Each keeps its planner, time, reason and evidence; the merge's own user is the one who merged it.
 *
 * @param sourceScenarioId the scenario the proposal was made on (a fork of this one)
 * @param proposal         its number there
 */
@Revision("1")
public record ChangesMerged(ScenarioId scenarioId, ScenarioId sourceScenarioId, int proposal, String title,
                            List<MergedChange> changes, String reason) implements AssumptionEvent {

    public ChangesMerged {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    @Override
    public AssumptionChange toChange() {
        return new ChangeSet(changes.stream().map(merged -> merged.change().toChange()).toList());
    }
}
