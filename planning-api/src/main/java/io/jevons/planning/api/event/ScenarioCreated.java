package io.jevons.planning.api.event;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A scenario came to be; the first event of every scenario's stream that is not a fork. */
@Revision("1")
public record ScenarioCreated(ScenarioId scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                              String reason) implements ScenarioEvent {
}
