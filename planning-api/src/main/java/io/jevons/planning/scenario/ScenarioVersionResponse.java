package io.jevons.planning.scenario;

import io.jevons.planning.api.scenario.ScenarioId;

/** What a command endpoint answers: the scenario and its version after the change. */
public record ScenarioVersionResponse(ScenarioId scenarioId, long version) {
}
