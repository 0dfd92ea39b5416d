package io.jevons.planning.api.scenario;

import io.jevons.capacity.time.Horizon;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Starts a new scenario over a horizon of quarters: empty, or with the default scenario's assumptions
 * ({@code fromDefault}, whose changes must all fall inside the horizon).
 */
public record CreateScenario(@TargetAggregateIdentifier ScenarioId scenarioId, String name, Horizon horizon,
                             boolean fromDefault, String reason) {
}
