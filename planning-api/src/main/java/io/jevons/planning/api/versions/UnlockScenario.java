package io.jevons.planning.api.versions;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets a locked scenario take changes again. */
public record UnlockScenario(@TargetAggregateIdentifier ScenarioId scenarioId, String reason) {
}
