package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** Takes the range off an assumption (by its key, e.g. {@code CHIP_PRICE[h100]}): it is certain again. */
public record ClearAssumptionRange(String key) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        if (a.uncertainty().range(key).isEmpty()) {
            throw InvalidAssumptionsException.of("uncertainty[" + key + "]", "there is no range on " + key);
        }
        return a.withUncertainty(a.uncertainty().without(key));
    }

    @Override
    public String summary() {
        return "Range on " + key + " removed";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.UNCERTAINTY;
    }
}
