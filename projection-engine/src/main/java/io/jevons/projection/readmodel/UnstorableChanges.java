package io.jevons.projection.readmodel;

import io.jevons.planning.api.scenario.ScenarioId;

/**
 * Changes of a scenario from {@code fromVersion} on that the read models' database refused to store (a value too
 * long for its column, a character it cannot hold), with what it said.
 */
record UnstorableChanges(long fromVersion, String cause) {

    /** The failure a dead letter records for such a change. */
    static final class Refused extends RuntimeException {
        Refused(ScenarioId id, UnstorableChanges unstorable) {
            super("the read models cannot store scenario " + id.value() + " from version " + unstorable.fromVersion()
                    + ": " + unstorable.cause());
        }
    }
}
