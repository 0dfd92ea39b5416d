package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A reviewer approved the proposal or asked for changes, saying why in {@code text}. */
@Revision("1")
public record ProposalReviewed(ScenarioId scenarioId, int proposal, ReviewVerdict verdict, String text)
        implements ProposalEvent {

    @Override
    public String reason() {
        return null;
    }
}
