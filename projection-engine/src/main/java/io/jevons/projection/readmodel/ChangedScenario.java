package io.jevons.projection.readmodel;

import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.state.ScenarioState;

import java.util.List;

/**
 * A scenario a batch of events changed: its state after them, an audit row per event, its capacity projection
 * when the generation serves reads (null while it is rebuilt), and its states at the snapshot versions it passed.
 */
record ChangedScenario(ScenarioState state, List<AuditRow> audit, Projection projection, List<ScenarioState> snapshots) {

    /** Whether the generation serves reads: then its capacity rows are written now and open pages hear of it. */
    boolean servesReads() {
        return projection != null;
    }

    AuditRow first() {
        return audit.get(0);
    }

    AuditRow last() {
        return audit.get(audit.size() - 1);
    }
}
