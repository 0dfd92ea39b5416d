package io.jevons.planning.api.proposal;

import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves a proposal or asks for changes to it. */
public record ReviewProposal(@TargetAggregateIdentifier ScenarioId scenarioId, int proposal, ReviewVerdict verdict,
                             String text) {
}
