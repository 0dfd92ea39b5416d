package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The Jevons rebound elasticity was set. */
@Revision("1")
public record ReboundElasticitySet(ScenarioId scenarioId, double elasticity, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetReboundElasticity(elasticity);
    }
}
