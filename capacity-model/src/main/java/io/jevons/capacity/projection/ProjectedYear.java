package io.jevons.capacity.projection;

import io.jevons.capacity.unit.Usd;

import java.util.List;

/**
 * A calendar year of a projection (only its quarters inside the horizon: see {@code quarters}).
 *
 * @param peakUtilization      highest quarterly utilization; null without supply all year
 * @param costPerMillionTokensUsd the year's inference cost over its served tokens; null when nothing is served
 * @param fleet                deliveries and retirements of the year, installed chips at its last quarter
 * @param vendorShares         at the year's last quarter
 */
public record ProjectedYear(int year, int quarters, double averageDemandFlopsPerSecond,
                            double averageSupplyFlopsPerSecond, Double peakUtilization, double servedTokens,
                            Usd capex, Usd depreciation, Usd energyCost, Usd inferenceCost,
                            double averagePowerMegawatts, Double costPerMillionTokensUsd, List<FleetCount> fleet,
                            List<Share> vendorShares) {

    public Usd totalCost() {
        return depreciation.plus(energyCost);
    }
}
