package io.jevons.capacity.validation;

/**
 * One reason an assumption is refused: the field it concerns (a dotted path such as
 * {@code orders[3].deliveryQuarter}) and a sentence a planner can act on.
 */
public record AssumptionViolation(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
