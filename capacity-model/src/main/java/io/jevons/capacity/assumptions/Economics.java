package io.jevons.capacity.assumptions;

/**
 * Operating figures of the fleet, set from a quarter on.
 *
 * @param powerPriceUsdPerKwh    electricity price
 * @param powerUsageEffectiveness PUE: facility power over IT power, at least 1
 * @param trainingShare          share of the fleet reserved for training, not serving (0 to below 1)
 * @param availability           share of installed chips up and serving (0 to 1)
 */
public record Economics(double powerPriceUsdPerKwh, double powerUsageEffectiveness, double trainingShare,
                        double availability) {

    /**
     * Starting values of a new scenario: US industrial electricity ~$0.08/kWh, hyperscale PUE ~1.2,
     * no training reserve, 95% availability (sources in {@code DefaultScenario}).
     */
    public static final Economics STARTING = new Economics(0.08, 1.2, 0.0, 0.95);
}
