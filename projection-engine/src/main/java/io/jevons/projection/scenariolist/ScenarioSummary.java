package io.jevons.projection.scenariolist;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;

import java.time.Instant;
import java.util.List;

/**
 * One row of the scenario list: what a planner needs to pick a scenario.
 *
 * @param version    events in the scenario's stream: send it back as If-Match to change the scenario
 * @param forkedFrom the scenario this one was forked from, if any
 */
public record ScenarioSummary(ScenarioId scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                              long version, boolean archived, ScenarioId forkedFrom, String createdBy,
                              Instant createdAt, String updatedBy, Instant updatedAt) {

    /** The row a scenario's events make, for the moments before the read model holds it (just created or forked). */
    public static ScenarioSummary of(List<RecordedEvent> events) {
        ScenarioState state = RecordedEvent.replay(events);
        RecordedEvent first = events.get(0);
        RecordedEvent last = events.get(events.size() - 1);
        return new ScenarioSummary(state.scenarioId(), state.name(), state.assumptions().horizon().first(),
                state.assumptions().horizon().last(), state.version(), state.archived(), state.forkedFrom(),
                first.user(), first.time(), last.user(), last.time());
    }
}
