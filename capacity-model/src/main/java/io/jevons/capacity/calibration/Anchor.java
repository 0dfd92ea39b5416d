package io.jevons.capacity.calibration;

import io.jevons.capacity.time.Quarter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public figure a projection should agree with: the {@code quantity} of the model in {@code period} (for
 * {@code subject}, a chip type or vendor, where the quantity needs one) against {@code value}.
 *
 * @param id          a stable key ("google-tokens-2025q3")
 * @param name        what it says, as planners read it ("Tokens processed per month, market")
 * @param tolerance   for {@link Bound#AROUND}: the factor either way (1.5 = within 1.5×); ignored otherwise
 * @param published   when the source published the figure
 * @param source      where the figure comes from, and how it was turned into {@code value}
 * @param constrains  what of the projection the anchor pins down, in a sentence
 */
public record Anchor(String id, String name, Quantity quantity, String subject, Quarter period, double value,
                     Bound bound, double tolerance, LocalDate published, String source, String constrains) {

    public Anchor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(bound, "bound");
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("an anchor's value must be a positive number, not " + value);
        }
        if (bound == Bound.AROUND && !(tolerance >= 1)) {
            throw new IllegalArgumentException("a tolerance is a factor of at least 1, not " + tolerance);
        }
    }

    /** Whether {@code modelValue} agrees with this anchor. */
    public boolean holdsFor(double modelValue) {
        return switch (bound) {
            case AROUND -> modelValue >= value / tolerance && modelValue <= value * tolerance;
            case AT_MOST -> modelValue <= value;
            case AT_LEAST -> modelValue >= value;
        };
    }
}
