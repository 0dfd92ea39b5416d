package io.jevons.projection.readmodel;

import io.jevons.planning.api.state.ScenarioState;

import java.util.ArrayList;
import java.util.List;

/**
 * What one batch of events did to one scenario: its state so far, the audit rows of its new events and its states at
 * the snapshot versions it passed.
 */
final class ScenarioBatch {

    ScenarioState state;
    final List<AuditRow> audit = new ArrayList<>();
    final List<ScenarioState> snapshots = new ArrayList<>();

    ScenarioBatch(ScenarioState state) {
        this.state = state;
    }

    boolean changed() {
        return !audit.isEmpty();
    }
}
