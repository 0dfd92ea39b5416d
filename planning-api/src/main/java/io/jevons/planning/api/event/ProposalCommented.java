package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * A comment on a proposal, or on one of its changes.
 *
 * @param aboutVersion the version of this scenario whose change it discusses; null for the proposal as a whole
 */
@Revision("1")
public record ProposalCommented(ScenarioId scenarioId, int proposal, String text, Long aboutVersion)
        implements ProposalEvent {

    /** A comment is its own reason. */
    @Override
    public String reason() {
        return null;
    }
}
