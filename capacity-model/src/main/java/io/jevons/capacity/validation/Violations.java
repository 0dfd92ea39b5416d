package io.jevons.capacity.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a set of assumptions before refusing them all at once. */
public final class Violations {

    private final List<AssumptionViolation> found = new ArrayList<>();

    public Violations check(boolean rule, String field, String reason) {
        if (!rule) {
            found.add(new AssumptionViolation(field, reason));
        }
        return this;
    }

    public Violations finite(double value, String field) {
        return check(Double.isFinite(value), field, "must be a finite number, was " + value);
    }

    public Violations notNegative(double value, String field) {
        return check(Double.isFinite(value) && value >= 0, field, "must not be negative, was " + value);
    }

    public Violations positive(double value, String field) {
        return check(Double.isFinite(value) && value > 0, field, "must be greater than zero, was " + value);
    }

    public Violations between(double value, double low, double high, String field) {
        return check(Double.isFinite(value) && value >= low && value <= high, field,
                "must be between " + low + " and " + high + ", was " + value);
    }

    public Violations notBlank(String value, String field) {
        return check(value != null && !value.isBlank(), field, "is required");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidAssumptionsException(found);
        }
    }
}
