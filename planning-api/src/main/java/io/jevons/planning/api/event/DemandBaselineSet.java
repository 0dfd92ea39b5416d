package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** Requests per day in the horizon's first quarter were set. */
@Revision("1")
public record DemandBaselineSet(ScenarioId scenarioId, double requestsPerDay, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetDemandBaseline(requestsPerDay);
    }
}
