package io.jevons.planning.api.event;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/**
 * A scenario started as a copy of another as it stood at {@code sourceVersion}; the assumption events
 * of the source up to that version follow it in the new stream.
 */
@Revision("1")
public record ScenarioForked(ScenarioId scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                             ScenarioId sourceScenarioId, long sourceVersion, String reason) implements ScenarioEvent {
}
