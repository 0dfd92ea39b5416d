package io.jevons.planning.api.calibration;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a planner's own anchor out of the scenario's calibration. */
public record RemoveAnchor(@TargetAggregateIdentifier ScenarioId scenarioId, String anchor, String reason) {
}
