package io.jevons.planning.api.proposal;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Comments on a proposal of the scenario, or on the change that made {@code aboutVersion} there. */
public record CommentOnProposal(@TargetAggregateIdentifier ScenarioId scenarioId, int proposal, String text,
                                Long aboutVersion) {
}
