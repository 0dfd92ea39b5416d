package io.jevons.planning.api.actuals;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records what really happened in a quarter of the horizon; at least one figure. */
public record RecordActuals(@TargetAggregateIdentifier ScenarioId scenarioId, Quarter quarter, Long chipsDelivered,
                            Double tokensServed, Usd spend, String reason) {
}
