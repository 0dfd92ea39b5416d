package io.jevons.planning.api.plan;

import io.jevons.capacity.plan.PlanEdit;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Saves cells typed into the plan grid, if the scenario is still at {@code expectedVersion}: the scenario turns them
 * into one change set against its assumptions at that version and records it as one event, or refuses them all.
 */
public record EditPlan(@TargetAggregateIdentifier ScenarioId scenarioId, long expectedVersion, List<PlanEdit> edits,
                       String reason, Evidence evidence) {
}
