package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

/** Compute of an input token relative to an output token. */
public record SetInputTokenWeight(double inputTokenWeight) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withDemand(a.demand().withInputTokenWeight(inputTokenWeight));
    }

    @Override
    public String summary() {
        return "Input token weight: " + Format.number(inputTokenWeight) + " of an output token";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.DEMAND;
    }
}
