package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.time.Quarter;

/** A continuous yearly gain in FLOPs per token from a quarter on. */
public record SetAnnualEfficiencyGain(EfficiencyScope scope, Quarter from, double annualGain) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withEfficiency(a.efficiency().withAnnualGainFrom(scope, from, annualGain));
    }

    @Override
    public String summary() {
        return "Efficiency gain for " + scope + " from " + from + ": " + Format.percent(annualGain) + " a year";
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.EFFICIENCY;
    }
}
