package io.jevons.planning.scenario;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.scenario.AssumptionEvent;
import io.jevons.planning.api.scenario.ScenarioArchived;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioForked;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.ScenarioRenamed;

import java.util.List;

/**
 * A scenario as its events leave it: the pure {@code evolve(state, event)} that the aggregate, imports and
 * as-of views all replay, so they cannot disagree.
 *
 * @param version events applied so far (1 after the first)
 */
public record ScenarioState(ScenarioId scenarioId, String name, Assumptions assumptions, boolean archived,
                            ScenarioId forkedFrom, long version) {

    /** Before the first event. */
    public static final ScenarioState NONE = new ScenarioState(null, null, null, false, null, 0);

    public static ScenarioState replay(List<? extends ScenarioEvent> events) {
        ScenarioState state = NONE;
        for (ScenarioEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }

    public boolean exists() {
        return version > 0;
    }

    /** The state after {@code event}; refuses an event that cannot follow (an assumption the model refuses). */
    public ScenarioState evolve(ScenarioEvent event) {
        long next = version + 1;
        if (event instanceof ScenarioCreated created) {
            requireFirst(event);
            return new ScenarioState(created.scenarioId(), created.name(),
                    Assumptions.empty(new Horizon(created.firstQuarter(), created.lastQuarter())), false, null, next);
        } else if (event instanceof ScenarioForked forked) {
            requireFirst(event);
            return new ScenarioState(forked.scenarioId(), forked.name(),
                    Assumptions.empty(new Horizon(forked.firstQuarter(), forked.lastQuarter())), false,
                    forked.sourceScenarioId(), next);
        }
        if (!exists()) {
            throw new IllegalStateException("a scenario's stream starts with its creation, not " + event);
        }
        if (event instanceof ScenarioRenamed renamed) {
            return new ScenarioState(scenarioId, renamed.name(), assumptions, archived, forkedFrom, next);
        } else if (event instanceof ScenarioArchived) {
            return new ScenarioState(scenarioId, name, assumptions, true, forkedFrom, next);
        } else if (event instanceof AssumptionEvent change) {
            return new ScenarioState(scenarioId, name, change.toChange().applyTo(assumptions), archived, forkedFrom, next);
        }
        throw new IllegalArgumentException("unknown scenario event " + event.getClass().getName());
    }

    private void requireFirst(ScenarioEvent event) {
        if (exists()) {
            throw new IllegalStateException("scenario " + scenarioId + " exists already; " + event + " cannot follow");
        }
    }
}
