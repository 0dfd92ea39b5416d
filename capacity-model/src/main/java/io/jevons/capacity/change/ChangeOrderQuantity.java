package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.OrderId;

public record ChangeOrderQuantity(OrderId order, long quantity) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withOrderChanged(order, existing -> existing.withQuantity(quantity));
    }

    @Override
    public String summary() {
        return "Order " + order + ": quantity " + Format.number(quantity);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
