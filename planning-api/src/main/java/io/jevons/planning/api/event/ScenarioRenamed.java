package io.jevons.planning.api.event;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ScenarioRenamed(ScenarioId scenarioId, String name, String reason) implements ScenarioEvent {
}
