package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.OrderId;

public record CancelOrder(OrderId order) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withoutOrder(order);
    }

    @Override
    public String summary() {
        return "Order " + order + ": cancelled";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
