package io.jevons.planning.api.scenario;

import io.jevons.capacity.change.AssumptionChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Makes one change of the capacity model's vocabulary to a scenario, if it is still at
 * {@code expectedVersion} (the version the planner saw). Every assumption family goes through here:
 * the change says what (place an order, set the mix from 2026Q1, …), the reason why, the evidence (optional)
 * where the figure comes from.
 */
public record ChangeAssumption(@TargetAggregateIdentifier ScenarioId scenarioId, long expectedVersion,
                               AssumptionChange change, String reason, Evidence evidence) {

    public ChangeAssumption(ScenarioId scenarioId, long expectedVersion, AssumptionChange change, String reason) {
        this(scenarioId, expectedVersion, change, reason, null);
    }
}
