package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

/** Requests per day in the horizon's first quarter. */
public record SetDemandBaseline(double requestsPerDay) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withDemand(a.demand().withRequestsPerDay(requestsPerDay));
    }

    @Override
    public String summary() {
        return "Demand baseline: " + Format.number(requestsPerDay) + " requests/day";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.DEMAND;
    }
}
