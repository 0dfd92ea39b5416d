package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

/** A procurement order was placed. */
@Revision("1")
public record ChipsOrdered(ScenarioId scenarioId, OrderId order, ChipTypeId chipType, long quantity,
                           Quarter deliveryQuarter, Usd unitPrice, String reason) implements AssumptionEvent {

    @Override
    public AssumptionChange toChange() {
        return new PlaceOrder(new ProcurementOrder(order, chipType, quantity, deliveryQuarter, unitPrice));
    }
}
