package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** Quarter-on-quarter request growth from a quarter on was set. */
@Revision("1")
public record DemandGrowthSet(ScenarioId scenarioId, Quarter from, double quarterlyGrowth, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetDemandGrowth(from, quarterlyGrowth);
    }
}
