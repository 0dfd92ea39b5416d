package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * The proposal was merged: its target recorded this scenario's changes through {@code mergedThroughVersion} as its
 * version {@code targetVersion}, in the same transaction. The proposal takes nothing more; a later one starts there.
 */
@Revision("1")
public record ProposalMerged(ScenarioId scenarioId, int proposal, long mergedThroughVersion, long targetVersion)
        implements ProposalEvent {

    @Override
    public String reason() {
        return null;
    }
}
