package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.EfficiencyStep;

/** A one-off gain in FLOPs per token (replaces a step of the same quarter and scope). */
public record SetEfficiencyStep(EfficiencyStep step) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withEfficiency(a.efficiency().withStep(step));
    }

    @Override
    public String summary() {
        return "Efficiency step from " + step.quarter() + ": " + Format.number(step.factor()) + "x fewer FLOPs/token for "
                + step.scope() + (step.label() == null || step.label().isBlank() ? "" : " (" + step.label() + ")");
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.EFFICIENCY;
    }
}
