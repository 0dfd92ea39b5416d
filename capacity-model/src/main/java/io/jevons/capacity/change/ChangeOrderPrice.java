package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.unit.Usd;

public record ChangeOrderPrice(OrderId order, Usd unitPrice) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withOrderChanged(order, existing -> existing.withUnitPrice(unitPrice));
    }

    @Override
    public String summary() {
        return "Order " + order + ": unit price " + unitPrice;
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
