package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A locked scenario takes changes again. */
@Revision("1")
public record ScenarioUnlocked(ScenarioId scenarioId, String reason) implements ScenarioEvent {
}
