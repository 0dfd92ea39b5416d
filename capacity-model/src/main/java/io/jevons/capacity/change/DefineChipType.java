package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;

/** A chip type of the catalog, new or with changed specs. */
public record DefineChipType(ChipType chipType) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withChipType(chipType);
    }

    @Override
    public String summary() {
        return "Chip " + chipType.name() + " (" + chipType.vendor() + " " + chipType.kind() + "): "
                + Format.number(chipType.peakFlopsPerSecond() / 1e12) + " TFLOP/s peak, "
                + Format.percent(chipType.servingEfficiency()) + " serving efficiency, " + Format.number(chipType.tdpWatts())
                + " W, " + chipType.unitPrice() + ", " + Format.number(chipType.usefulLifeYears()) + "-year life";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.CHIPS;
    }
}
