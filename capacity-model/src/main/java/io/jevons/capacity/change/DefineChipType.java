package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.validation.InvalidAssumptionsException;

/** A new chip type of the catalog; refused if the id is taken. */
public record DefineChipType(ChipType chipType) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        if (a.chipType(chipType.id()).isPresent()) {
            throw InvalidAssumptionsException.of("chipTypes[" + chipType.id() + "]",
                    "chip type " + chipType.id() + " is already defined; change its specs instead");
        }
        return a.withChipType(chipType);
    }

    @Override
    public String summary() {
        return "New chip " + Chips.describe(chipType);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.CHIPS;
    }
}
