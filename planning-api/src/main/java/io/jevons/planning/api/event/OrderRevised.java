package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ReviseOrder;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** Every term of a placed order was set at once (a revert puts an order back so). */
@Revision("1")
public record OrderRevised(ScenarioId scenarioId, OrderId order, ChipTypeId chipType, long quantity,
                           Quarter deliveryQuarter, Usd unitPrice, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new ReviseOrder(new ProcurementOrder(order, chipType, quantity, deliveryQuarter, unitPrice));
    }
}
