package io.jevons.planning.api.versions;

import io.jevons.planning.api.scenario.ScenarioId;

/** A locked scenario (a plan signed off) takes no changes of its assumptions. */
public class ScenarioIsLocked extends RuntimeException {

    public ScenarioIsLocked(ScenarioId scenarioId) {
        super("scenario " + scenarioId + " is locked and takes no changes; an admin can unlock it, or fork it to plan on");
    }
}
