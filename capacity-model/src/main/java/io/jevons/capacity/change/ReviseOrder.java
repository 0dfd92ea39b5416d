package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ProcurementOrder;

/**
 * Sets every term of a placed order at once, in its place in the book: how a revert puts an order back as it was,
 * a delivery moved earlier included, which a delay cannot do.
 */
public record ReviseOrder(ProcurementOrder order) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withOrderChanged(order.id(), existing -> order);
    }

    @Override
    public String summary() {
        return "Order " + order.id() + ": set to " + Format.number(order.quantity()) + " x " + order.chipType() + " in "
                + order.deliveryQuarter() + " at " + order.unitPrice();
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
