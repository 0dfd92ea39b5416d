package io.jevons.capacity.uncertainty;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.projection.CapacityProjector;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * One-at-a-time sensitivity: for each ranged assumption, the metric at the range's low and high end with every
 * other assumption as it is, widest swing first (ties by key, so the order is stable).
 */
public record Tornado(Metric metric, BigDecimal base, List<Swing> swings) {

    public static Tornado of(Assumptions assumptions, Metric metric) {
        BigDecimal base = metric.valueIn(CapacityProjector.project(assumptions));
        List<Swing> swings = assumptions.uncertainty().ranges().stream()
                .map(range -> swing(assumptions, metric, range))
                .sorted(Comparator.comparing(Swing::width).reversed().thenComparing(Swing::key))
                .toList();
        return new Tornado(metric, base, swings);
    }

    private static Swing swing(Assumptions assumptions, Metric metric, AssumptionRange range) {
        return new Swing(range.key(), range.label(), range.low(), range.high(),
                at(assumptions, metric, range, range.low()), at(assumptions, metric, range, range.high()));
    }

    private static BigDecimal at(Assumptions assumptions, Metric metric, AssumptionRange range, double factor) {
        return metric.valueIn(CapacityProjector.project(range.parameter().scale(assumptions, range.target(), factor)));
    }
}
