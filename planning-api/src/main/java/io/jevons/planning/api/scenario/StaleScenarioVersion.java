package io.jevons.planning.api.scenario;

import io.jevons.planning.api.history.RecordedEvent;

import java.util.List;

/**
 * The planner changed a version of the scenario that is no longer the current one; with the newest of the changes
 * the planner missed (all of them, or the last few of many).
 */
public class StaleScenarioVersion extends RuntimeException {

    private final ScenarioId scenarioId;
    private final long expectedVersion;
    private final long currentVersion;
    private final transient List<RecordedEvent> newestMissed;

    public StaleScenarioVersion(ScenarioId scenarioId, long expectedVersion, long currentVersion,
                                List<RecordedEvent> newestMissed) {
        super("scenario " + scenarioId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.scenarioId = scenarioId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.newestMissed = List.copyOf(newestMissed);
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

    public List<RecordedEvent> newestMissed() {
        return newestMissed;
    }

    /** How many changes the planner missed in all. */
    public long missedCount() {
        return Math.max(0, currentVersion - expectedVersion);
    }
}
