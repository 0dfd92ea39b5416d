package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

import java.util.Map;

/** The share of requests per workload class from a quarter on was set. */
@Revision("1")
public record ModelMixSet(ScenarioId scenarioId, Quarter from, Map<WorkloadClassId, Double> shares, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetModelMix(from, new ModelMix(shares));
    }
}
