package io.jevons.planning.api.notes;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Comments on the scenario, or on the change that made {@code aboutVersion}. */
public record AddComment(@TargetAggregateIdentifier ScenarioId scenarioId, String text, Long aboutVersion) {
}
