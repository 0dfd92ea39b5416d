package io.jevons.planning.scenario;

import io.jevons.planning.api.scenario.ScenarioId;

/**
 * A command expected a version newer than the loaded scenario: this node's cached copy missed changes made on
 * another node. Failing the command rolls its unit of work back, which drops the copy from the cache; the
 * command is then sent once more against the scenario freshly read from the event store.
 */
public class OutdatedScenarioCopy extends RuntimeException {

    OutdatedScenarioCopy(ScenarioId id, long expectedVersion, long copyVersion) {
        super("the copy of scenario " + id + " is at version " + copyVersion + ", the planner saw " + expectedVersion);
    }
}
