package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ClearAssumptionRange;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The range on an assumption ({@code key}, e.g. {@code CHIP_PRICE[h100]}) was taken off. */
@Revision("1")
public record AssumptionRangeCleared(ScenarioId scenarioId, String key, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ClearAssumptionRange(key);
    }
}
