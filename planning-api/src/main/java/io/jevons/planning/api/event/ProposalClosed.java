package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The proposal was withdrawn or declined without a merge; it takes nothing more. */
@Revision("1")
public record ProposalClosed(ScenarioId scenarioId, int proposal, String reason) implements ProposalEvent {
}
