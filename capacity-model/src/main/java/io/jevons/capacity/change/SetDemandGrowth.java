package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.time.Quarter;

/** Quarter-on-quarter growth of requests from a quarter on. */
public record SetDemandGrowth(Quarter from, double quarterlyGrowth) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withDemand(a.demand().withGrowthFrom(from, quarterlyGrowth));
    }

    @Override
    public String summary() {
        return "Demand growth from " + from + ": " + Format.percent(quarterlyGrowth) + " a quarter";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.DEMAND;
    }
}
