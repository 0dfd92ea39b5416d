package io.jevons.projection.compare;

import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.diff.Difference;
import io.jevons.planning.api.scenario.ScenarioId;

import java.math.BigDecimal;
import java.util.List;

/** Two scenario versions side by side: what they assume differently and what that does to key outputs. */
public record ScenarioDiffResponse(Side left, Side right, List<Difference> assumptions, List<YearComparison> years) {

    /** One side: a scenario at a version. */
    public record Side(ScenarioId scenarioId, String name, long version) {
    }

    /** Key outputs of a year on both sides and the change from left to right. */
    public record YearComparison(int year, List<Output> outputs) {
    }

    /** A key output: {@code metric} as the API names it, {@code name} as planners read it. */
    public record Output(String metric, String name, Unit unit, BigDecimal left, BigDecimal right, BigDecimal change) {
    }
}
