package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

/** Chips of one type arriving in one quarter: paid (capex) then, depreciated and retired over their life. */
public record ProcurementOrder(OrderId id, ChipTypeId chipType, long quantity, Quarter deliveryQuarter, Usd unitPrice) {

    public Usd cost() {
        return unitPrice.times(quantity);
    }

    public ProcurementOrder withQuantity(long newQuantity) {
        return new ProcurementOrder(id, chipType, newQuantity, deliveryQuarter, unitPrice);
    }

    public ProcurementOrder withDeliveryQuarter(Quarter quarter) {
        return new ProcurementOrder(id, chipType, quantity, quarter, unitPrice);
    }

    public ProcurementOrder withUnitPrice(Usd price) {
        return new ProcurementOrder(id, chipType, quantity, deliveryQuarter, price);
    }
}
