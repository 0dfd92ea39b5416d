package io.jevons.capacity.projection;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.util.List;

/**
 * One quarter of a projection. Rates are at peak; tokens and money are totals over the quarter.
 *
 * @param utilization            demand over supply (above 1 means shortage); null without supply
 * @param servedTokens           weighted tokens served in the quarter: demand, scaled down by any shortfall
 * @param capex                  cash for chips delivered in the quarter
 * @param depreciation           straight-line over each order's useful life
 * @param energyCost             installed power (TDP x PUE) over the quarter's hours at the power price
 * @param inferenceCost          depreciation and energy, less the training reserve's share
 * @param costPerMillionTokensUsd inference cost per million served tokens; null when nothing is served
 * @param vendorShares           installed serving FLOP/s by vendor; empty without supply
 * @param kindShares             installed serving FLOP/s of GPUs and of ASICs; empty without supply
 */
public record ProjectedQuarter(Quarter quarter, List<ClassDemand> demandByClass, double demandFlopsPerSecond,
                               List<FleetCount> fleet, double supplyFlopsPerSecond, Double utilization,
                               double shortfallFlopsPerSecond, double servedTokens, Usd capex, Usd depreciation,
                               Usd energyCost, Usd inferenceCost, double powerMegawatts,
                               Double costPerMillionTokensUsd, List<Share> vendorShares, List<Share> kindShares) {

    public double shareOf(String vendorOrKind) {
        for (Share share : vendorShares) {
            if (share.name().equals(vendorOrKind)) {
                return share.share();
            }
        }
        for (Share share : kindShares) {
            if (share.name().equals(vendorOrKind)) {
                return share.share();
            }
        }
        return 0;
    }
}
