package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The peak-to-average factor of requests was set. */
@Revision("1")
public record PeakToAverageSet(ScenarioId scenarioId, double peakToAverage, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new SetPeakToAverage(peakToAverage);
    }
}
