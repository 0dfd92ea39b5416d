package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A workload class was defined with its token profile from a quarter on. */
@Revision("1")
public record WorkloadClassDefined(ScenarioId scenarioId, WorkloadClassId workloadClass, String name, Quarter from,
                                   double outputTokensPerRequest, double inputTokensPerRequest, double flopsPerToken,
                                   String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new DefineWorkloadClass(workloadClass, name, from,
                new TokenProfile(outputTokensPerRequest, inputTokensPerRequest, flopsPerToken));
    }
}
