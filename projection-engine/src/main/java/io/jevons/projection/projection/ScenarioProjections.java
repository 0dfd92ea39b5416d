package io.jevons.projection.projection;

import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import org.springframework.stereotype.Component;

/**
 * A scenario's projection now (from the read models, or from the events while they catch up) or at a past
 * moment (always from the events).
 */
@Component
public class ScenarioProjections {

    private final ProjectionRepository readModel;
    private final ScenarioTimeline timeline;

    ScenarioProjections(ProjectionRepository readModel, ScenarioTimeline timeline) {
        this.readModel = readModel;
        this.timeline = timeline;
    }

    public ProjectionResponse projection(ScenarioId id, AsOf asOf) {
        if (asOf.isNow() || asOf.version() != null) {
            // the read model serves now, and a version it holds: the one a planner just saved, once it has caught up
            var stored = readModel.find(id).filter(s -> asOf.isNow() || s.version() == asOf.version());
            if (stored.isPresent()) {
                return new ProjectionResponse(id, stored.get().version(), asOf.text(), stored.get().projection());
            }
        }
        ScenarioState state = timeline.stateAt(id, asOf, "asOf");
        return new ProjectionResponse(id, state.version(), asOf.text(), CapacityProjector.project(state.assumptions()));
    }

    public AssumptionsResponse assumptions(ScenarioId id, AsOf asOf) {
        ScenarioState state = timeline.stateAt(id, asOf, "asOf");
        return new AssumptionsResponse(id, state.version(), asOf.text(), state.name(), state.archived(),
                state.locked(), state.assumptions());
    }
}
