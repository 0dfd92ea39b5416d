package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A one-off efficiency gain from a quarter on was set (replacing one of the same quarter and scope). */
@Revision("1")
public record EfficiencyStepSet(ScenarioId scenarioId, Quarter quarter, EfficiencyScope scope, double factor,
                                String label, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetEfficiencyStep(new EfficiencyStep(quarter, scope, factor, label));
    }
}
