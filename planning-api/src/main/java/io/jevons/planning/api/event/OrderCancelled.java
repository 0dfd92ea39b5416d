package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** An order was cancelled. */
@Revision("1")
public record OrderCancelled(ScenarioId scenarioId, OrderId order, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new CancelOrder(order);
    }
}
