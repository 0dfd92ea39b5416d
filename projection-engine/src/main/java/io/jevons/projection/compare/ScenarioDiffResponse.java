package io.jevons.projection.compare;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.attribution.UndefinedMetricException;
import io.jevons.capacity.diff.AssumptionDiff;
import io.jevons.capacity.diff.Difference;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Two scenario versions side by side: what they assume differently and what that does to key outputs. */
public record ScenarioDiffResponse(Side left, Side right, List<Difference> assumptions, List<YearComparison> years) {

    /** The outputs compared per year (those defined for a year). */
    private static final List<MetricKind> KEY_OUTPUTS = List.of(MetricKind.DEMAND_FLOPS, MetricKind.SUPPLY_FLOPS,
            MetricKind.UTILIZATION, MetricKind.SERVED_TOKENS, MetricKind.CAPEX, MetricKind.TOTAL_COST,
            MetricKind.INFERENCE_COST, MetricKind.COST_PER_MILLION_TOKENS);

    /** The two sets of assumptions compared: their differences, and the key outputs of every year both project. */
    public static ScenarioDiffResponse between(Side left, Assumptions leftAssumptions, Side right,
                                               Assumptions rightAssumptions) {
        Projection leftProjection = CapacityProjector.project(leftAssumptions);
        Projection rightProjection = CapacityProjector.project(rightAssumptions);
        List<YearComparison> years = new ArrayList<>();
        for (var year : leftProjection.years()) {
            if (rightProjection.years().stream().anyMatch(y -> y.year() == year.year())) {
                years.add(new YearComparison(year.year(), outputs(year.year(), leftProjection, rightProjection)));
            }
        }
        return new ScenarioDiffResponse(left, right, AssumptionDiff.between(leftAssumptions, rightAssumptions), years);
    }

    private static List<Output> outputs(int year, Projection left, Projection right) {
        List<Output> outputs = new ArrayList<>();
        for (MetricKind kind : KEY_OUTPUTS) {
            Metric metric = Metric.ofYear(kind, year);
            BigDecimal before = valueOrNull(metric, left);
            BigDecimal after = valueOrNull(metric, right);
            outputs.add(new Output(kind.key(), kind.term().name(), kind.unit(), before, after,
                    before == null || after == null ? null : after.subtract(before)));
        }
        return outputs;
    }

    private static BigDecimal valueOrNull(Metric metric, Projection projection) {
        try {
            return metric.valueIn(projection);
        } catch (UndefinedMetricException undefined) {
            return null;
        }
    }

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
