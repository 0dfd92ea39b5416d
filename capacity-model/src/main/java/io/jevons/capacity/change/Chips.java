package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.ChipType;

final class Chips {

    private Chips() {
    }

    static String describe(ChipType chip) {
        return chip.name() + " (" + chip.vendor() + " " + chip.kind() + "): "
                + Format.number(chip.peakFlopsPerSecond() / 1e12) + " TFLOP/s peak, "
                + Format.percent(chip.servingEfficiency()) + " serving efficiency, " + Format.number(chip.tdpWatts())
                + " W, " + chip.unitPrice() + ", " + Format.number(chip.usefulLifeYears()) + "-year life";
    }
}
