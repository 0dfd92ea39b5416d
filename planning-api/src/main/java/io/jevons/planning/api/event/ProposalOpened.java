package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * A planner proposed to merge this scenario's changes after {@code fromVersion} into {@code targetScenarioId}, the
 * scenario it was forked from, which stood at {@code baseVersion} when the two parted (or when the last proposal was
 * merged).
 */
@Revision("1")
public record ProposalOpened(ScenarioId scenarioId, int proposal, ScenarioId targetScenarioId, String title,
                             String description, long fromVersion, long baseVersion) implements ProposalEvent {

    /** The title and description say why. */
    @Override
    public String reason() {
        return null;
    }
}
