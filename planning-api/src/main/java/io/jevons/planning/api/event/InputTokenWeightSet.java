package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The compute weight of an input token was set. */
@Revision("1")
public record InputTokenWeightSet(ScenarioId scenarioId, double inputTokenWeight, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetInputTokenWeight(inputTokenWeight);
    }
}
