package io.jevons.planning.api.proposal;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Proposes to merge a fork's assumption changes after {@code fromVersion} into the scenario it was forked from,
 * which stood at {@code baseVersion} when they parted. Answers an {@link OpenedProposal}.
 */
public record OpenProposal(@TargetAggregateIdentifier ScenarioId scenarioId, ScenarioId targetScenarioId, String title,
                           String description, long fromVersion, long baseVersion) {
}
