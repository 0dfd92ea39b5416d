package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** The unit price of an order changed. */
@Revision("1")
public record OrderPriceChanged(ScenarioId scenarioId, OrderId order, Usd unitPrice, String reason)
        implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ChangeOrderPrice(order, unitPrice);
    }
}
