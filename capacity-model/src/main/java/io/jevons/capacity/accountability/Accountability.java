package io.jevons.capacity.accountability;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a past plan against actuals: the assumptions believed then, the changes made since in their order, and
 * what happened. The changes are applied one by one (a sequential waterfall, projected once per change for every
 * metric at once), and each change's effect on a metric is booked to its assumption family.
 */
public final class Accountability {

    private Accountability() {
    }

    public static List<ForecastCheck> check(Assumptions then, List<AssumptionChange> since, List<Actual> actuals) {
        List<Projection> steps = new ArrayList<>(since.size() + 1);
        Assumptions assumptions = then;
        steps.add(CapacityProjector.project(assumptions));
        for (AssumptionChange change : since) {
            assumptions = change.applyTo(assumptions);
            steps.add(CapacityProjector.project(assumptions));
        }
        List<ForecastCheck> checks = new ArrayList<>(actuals.size());
        for (Actual actual : actuals) {
            Metric metric = Metric.ofQuarter(actual.metric(), actual.quarter());
            Map<AssumptionFamily, BigDecimal> correctedBy = new EnumMap<>(AssumptionFamily.class);
            BigDecimal previous = metric.valueIn(steps.get(0));
            for (int i = 0; i < since.size(); i++) {
                BigDecimal next = metric.valueIn(steps.get(i + 1));
                BigDecimal delta = next.subtract(previous);
                if (delta.signum() != 0) {
                    correctedBy.merge(since.get(i).family(), delta, BigDecimal::add);
                }
                previous = next;
            }
            checks.add(new ForecastCheck(actual.quarter(), actual.metric(), actual.value(),
                    metric.valueIn(steps.get(0)), previous, correctedBy));
        }
        return checks;
    }
}
