package io.jevons.planning.api.scenario;

/** An archived scenario is kept for the record and takes no changes. */
public class ScenarioIsArchived extends RuntimeException {

    public ScenarioIsArchived(ScenarioId scenarioId) {
        super("scenario " + scenarioId + " is archived and takes no changes; fork it to plan on");
    }
}
