package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The quantity of an order changed. */
@Revision("1")
public record OrderQuantityChanged(ScenarioId scenarioId, OrderId order, long quantity, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ChangeOrderQuantity(order, quantity);
    }
}
