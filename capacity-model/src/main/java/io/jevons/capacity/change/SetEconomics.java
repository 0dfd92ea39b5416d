package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.time.Quarter;

/** Power price, PUE, training reserve and availability from a quarter on. */
public record SetEconomics(Quarter from, Economics economics) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withEconomicsFrom(from, economics);
    }

    @Override
    public String summary() {
        return "Economics from " + from + ": $" + Format.number(economics.powerPriceUsdPerKwh()) + "/kWh, PUE "
                + Format.number(economics.powerUsageEffectiveness()) + ", training reserve "
                + Format.percent(economics.trainingShare()) + ", availability " + Format.percent(economics.availability());
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.ECONOMICS;
    }
}
