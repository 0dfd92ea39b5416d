package io.jevons.projection.readmodel;

import io.jevons.planning.api.state.ScenarioState;

import java.util.ArrayList;
import java.util.List;

/** What one batch of events did to one scenario: its state so far and the audit rows of its new events. */
final class ScenarioBatch {

    ScenarioState state;
    final List<AuditRow> audit = new ArrayList<>();

    ScenarioBatch(ScenarioState state) {
        this.state = state;
    }

    boolean changed() {
        return !audit.isEmpty();
    }
}
