package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** New specs for a chip type of the catalog; every order of that type is projected with them. */
public record ChangeChipSpecs(ChipType chipType) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        if (a.chipType(chipType.id()).isEmpty()) {
            throw InvalidAssumptionsException.of("chipTypes[" + chipType.id() + "]", "no chip type " + chipType.id());
        }
        return a.withChipType(chipType);
    }

    @Override
    public String summary() {
        return "Chip specs changed: " + Chips.describe(chipType);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.CHIPS;
    }
}
