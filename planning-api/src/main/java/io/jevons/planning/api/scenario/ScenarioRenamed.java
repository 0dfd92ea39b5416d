package io.jevons.planning.api.scenario;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ScenarioRenamed(ScenarioId scenarioId, String name, String reason) implements ScenarioEvent {
}
