package io.jevons.planning.api.scenario;

/** The planner changed a version of the scenario that is no longer the current one. */
public class StaleScenarioVersion extends RuntimeException {

    private final ScenarioId scenarioId;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleScenarioVersion(ScenarioId scenarioId, long expectedVersion, long currentVersion) {
        super("scenario " + scenarioId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.scenarioId = scenarioId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public ScenarioId scenarioId() {
        return scenarioId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
