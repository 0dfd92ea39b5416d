package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** An order's delivery moved to a later quarter. */
@Revision("1")
public record OrderDelayed(ScenarioId scenarioId, OrderId order, Quarter deliveryQuarter, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new DelayOrder(order, deliveryQuarter);
    }
}
