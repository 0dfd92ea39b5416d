package io.jevons.planning.api.versions;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Signs the scenario off: its assumptions take no changes until it is unlocked. */
public record LockScenario(@TargetAggregateIdentifier ScenarioId scenarioId, String reason) {
}
