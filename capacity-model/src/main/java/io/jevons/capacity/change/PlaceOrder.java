package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** A new procurement order; refused if the id is taken. */
public record PlaceOrder(ProcurementOrder order) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        if (a.order(order.id()).isPresent()) {
            throw InvalidAssumptionsException.of("orders[" + order.id() + "]", "order " + order.id() + " is already placed");
        }
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
