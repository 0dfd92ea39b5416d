package io.jevons.planning.api.scenario;

/** Every event of a scenario's stream, with the planner's reason (optional except for assumption changes). */
public interface ScenarioEvent {

    ScenarioId scenarioId();

    String reason();
}
