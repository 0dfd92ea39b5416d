package io.jevons.planning.api.event;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * What really happened in a quarter, to hold forecasts against. Figures left null keep what was recorded before.
 *
 * @param chipsDelivered chips of every type delivered in the quarter
 * @param tokensServed   tokens served in the quarter
 * @param spend          cash spent on chips in the quarter (the forecast's capex)
 */
@Revision("1")
public record ActualsRecorded(ScenarioId scenarioId, Quarter quarter, Long chipsDelivered, Double tokensServed,
                              Usd spend, String reason) implements ScenarioEvent {
}
