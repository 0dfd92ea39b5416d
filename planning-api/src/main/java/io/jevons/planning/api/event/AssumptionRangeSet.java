package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Distribution;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A range was put on an assumption: its values times a factor from {@code low} to {@code high}. */
@Revision("1")
public record AssumptionRangeSet(ScenarioId scenarioId, UncertainParameter parameter, String target, double low,
                                 double high, Distribution distribution, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetAssumptionRange(new AssumptionRange(parameter, target, low, high, distribution));
    }
}
