package io.jevons.capacity.change;

/** The groups of assumptions a planner works with; {@link #SEVERAL} for a change set that spans groups. */
public enum AssumptionFamily {
    SCENARIO, DEMAND, MODEL_MIX, EFFICIENCY, CHIPS, PROCUREMENT, ECONOMICS, REBOUND, UNCERTAINTY, SEVERAL
}
