package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

/** Peak over average request rate; capacity is sized for the peak. */
public record SetPeakToAverage(double peakToAverage) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withDemand(a.demand().withPeakToAverage(peakToAverage));
    }

    @Override
    public String summary() {
        return "Peak-to-average: " + Format.number(peakToAverage) + "x";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.DEMAND;
    }
}
