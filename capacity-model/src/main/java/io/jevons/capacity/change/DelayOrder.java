package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** Moves an order's delivery to a later quarter. */
public record DelayOrder(OrderId order, Quarter deliveryQuarter) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withOrderChanged(order, existing -> {
            if (!deliveryQuarter.isAfter(existing.deliveryQuarter())) {
                throw InvalidAssumptionsException.of("orders[" + order + "].deliveryQuarter",
                        "a delay moves delivery later: " + deliveryQuarter + " is not after " + existing.deliveryQuarter());
            }
            return existing.withDeliveryQuarter(deliveryQuarter);
        });
    }

    @Override
    public String summary() {
        return "Order " + order + ": delayed to " + deliveryQuarter;
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.PROCUREMENT;
    }
}
