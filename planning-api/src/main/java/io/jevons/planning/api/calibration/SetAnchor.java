package io.jevons.planning.api.calibration;

import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.Quantity;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sets a planner's own anchor of the scenario's calibration (see {@link AnchorSet}). */
public record SetAnchor(@TargetAggregateIdentifier ScenarioId scenarioId, String anchor, String name, Quantity quantity,
                        String subject, Quarter period, double value, Bound bound, double tolerance,
                        LocalDate published, String source, String reason) {
}
