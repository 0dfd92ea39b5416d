package io.jevons.planning.api.scenario;

import io.jevons.capacity.time.Horizon;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a new, empty scenario over a horizon of quarters. */
public record CreateScenario(@TargetAggregateIdentifier ScenarioId scenarioId, String name, Horizon horizon,
                             String reason) {
}
