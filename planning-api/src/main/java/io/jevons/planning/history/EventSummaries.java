package io.jevons.planning.history;

import io.jevons.planning.api.scenario.AssumptionEvent;
import io.jevons.planning.api.scenario.ScenarioArchived;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioForked;
import io.jevons.planning.api.scenario.ScenarioRenamed;

/** What an event did, in a sentence for the history and the audit log. */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static String of(ScenarioEvent event) {
        if (event instanceof AssumptionEvent change) {
            return change.toChange().summary();
        } else if (event instanceof ScenarioCreated created) {
            return "Created \"" + created.name() + "\" for " + created.firstQuarter() + ".." + created.lastQuarter();
        } else if (event instanceof ScenarioForked forked) {
            return "Forked \"" + forked.name() + "\" from scenario " + forked.sourceScenarioId() + " at version "
                    + forked.sourceVersion();
        } else if (event instanceof ScenarioRenamed renamed) {
            return "Renamed to \"" + renamed.name() + "\"";
        } else if (event instanceof ScenarioArchived) {
            return "Archived";
        }
        return event.getClass().getSimpleName();
    }
}
