package io.jevons.planning.api.state;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ScenarioId;

/** A version named in a request (to fork, tag, comment on, look back at) is one the scenario has. */
public final class VersionRange {

    private VersionRange() {
    }

    /** Refuses {@code version} (422 on {@code field}) unless it is 1 to {@code current}. */
    public static void check(ScenarioId id, long current, long version, String field) {
        if (version < 1 || version > current) {
            throw InvalidAssumptionsException.of(field, "scenario " + id + " has versions 1 to " + current + ", not "
                    + version);
        }
    }
}
