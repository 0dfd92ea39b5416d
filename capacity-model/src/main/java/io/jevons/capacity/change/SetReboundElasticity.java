package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

/** Jevons rebound ε: how much tokens per request grow as tokens get cheaper. */
public record SetReboundElasticity(double elasticity) implements AssumptionChange {

    @Override
    public Assumptions applyTo(Assumptions a) {
        return a.withReboundElasticity(elasticity);
    }

    @Override
    public String summary() {
        return "Rebound elasticity: " + Format.number(elasticity);
    }

    @Override
    public AssumptionFamily family() {
        return AssumptionFamily.REBOUND;
    }
}
