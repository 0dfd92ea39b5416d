package io.jevons.planning.api.proposal;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws or declines a proposal without merging it. */
public record CloseProposal(@TargetAggregateIdentifier ScenarioId scenarioId, int proposal, String reason) {
}
