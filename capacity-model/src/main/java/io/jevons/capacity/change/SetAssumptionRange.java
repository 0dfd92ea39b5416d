package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;

import java.util.Locale;

/** Puts a range on an assumption (replacing one it had): how far it may be off, for Monte Carlo and sensitivity. */
public record SetAssumptionRange(AssumptionRange range) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withUncertainty(a.uncertainty().with(range));
    }

    @Override
    public String summary() {
        return "Range on " + range.label() + ": x" + Format.number(range.low()) + " to x" + Format.number(range.high())
                + " (" + range.distribution().name().toLowerCase(Locale.ROOT) + ")";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.UNCERTAINTY;
    }
}
