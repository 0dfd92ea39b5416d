package io.jevons.planning.api.scenario;

/** Every event of a scenario's stream. */
public interface ScenarioEvent {

    ScenarioId scenarioId();
}
