package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The token profile of a workload class changed from a quarter on. */
@Revision("1")
public record WorkloadTokensChanged(ScenarioId scenarioId, WorkloadClassId workloadClass, Quarter from,
                                    double outputTokensPerRequest, double inputTokensPerRequest, double flopsPerToken,
                                    String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ChangeWorkloadTokens(workloadClass, from,
                new TokenProfile(outputTokensPerRequest, inputTokensPerRequest, flopsPerToken));
    }
}
