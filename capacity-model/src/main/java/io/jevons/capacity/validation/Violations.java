package io.jevons.capacity.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every broken rule of a set of assumptions before refusing them all at once. Field paths and
 * reasons are built only for a broken rule: valid assumptions, checked on every change, cost no strings.
 */
public final class Violations {

    private final List<AssumptionViolation> found = new ArrayList<>();

    public Violations check(boolean rule, Supplier<String> field, Supplier<String> reason) {
        return rule ? this : add(field.get(), reason.get());
    }

    /** A broken rule, for a caller that checked it itself and built its field path and reason only then. */
    public Violations add(String field, String reason) {
        found.add(new AssumptionViolation(field, reason));
        return this;
    }

    public Violations between(double value, double low, double high, Supplier<String> field) {
        return check(Double.isFinite(value) && value >= low && value <= high, field,
                () -> "must be between " + low + " and " + high + ", was " + value);
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
