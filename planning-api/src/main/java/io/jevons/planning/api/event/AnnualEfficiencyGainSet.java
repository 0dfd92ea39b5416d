package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A continuous yearly efficiency gain from a quarter on was set. */
@Revision("1")
public record AnnualEfficiencyGainSet(ScenarioId scenarioId, EfficiencyScope scope, Quarter from, double annualGain,
                                      String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetAnnualEfficiencyGain(scope, from, annualGain);
    }
}
