package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ProcurementOrder;

/** A procurement order (or a replacement of the order with the same id). */
public record PlaceOrder(ProcurementOrder order) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withOrder(order);
    }

    @Override
    public String summary() {
        return "Order " + order.id() + ": " + Format.number(order.quantity()) + " x " + order.chipType() + " in "
                + order.deliveryQuarter() + " at " + order.unitPrice();
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
