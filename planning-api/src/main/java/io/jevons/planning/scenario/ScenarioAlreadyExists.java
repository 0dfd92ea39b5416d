package io.jevons.planning.scenario;

import io.jevons.planning.api.scenario.ScenarioId;

/** A whole stream was to be stored under an id that another stream has (perhaps just now, on another node). */
public class ScenarioAlreadyExists extends RuntimeException {

    private final ScenarioId scenarioId;

    public ScenarioAlreadyExists(ScenarioId scenarioId) {
        super("scenario " + scenarioId + " exists already");
        this.scenarioId = scenarioId;
    }

    public ScenarioId scenarioId() {
        return scenarioId;
    }
}
