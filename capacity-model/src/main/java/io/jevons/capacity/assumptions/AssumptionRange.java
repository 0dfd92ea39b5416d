package io.jevons.capacity.assumptions;

/**
 * How far an assumption may be off: its values times a factor between {@code low} and {@code high}, the
 * assumption itself (factor 1) being the middle and most likely value. The capacity model's rules check it
 * (low above 0, at most 1, high at least 1, a target that exists) as part of the assumptions.
 *
 * @param target a workload class or chip type id for parameters that take one; null for all of them
 */
public record AssumptionRange(UncertainParameter parameter, String target, double low, double high,
                              Distribution distribution) {

    public AssumptionRange {
        distribution = distribution == null ? Distribution.TRIANGULAR : distribution;
    }

    /** Which assumption the range is on: a second range on the same one replaces the first. */
    public String key() {
        return target == null ? parameter.name() : parameter.name() + "[" + target + "]";
    }

    public String label() {
        return target == null ? parameter.label() : parameter.label() + " (" + target + ")";
    }
}
