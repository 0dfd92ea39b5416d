package io.jevons.capacity.plan;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assumptions as a planner's grid: one row per assumption, one column per quarter, each cell the value in
 * force there. Rows of the whole scenario first, then one set per workload class, efficiency scope and chip type.
 */
public record PlanGrid(List<Quarter> quarters, List<PlanRow> rows) {

    public static final String DEMAND = "Demand";
    public static final String WORKLOADS = "Workload classes";
    public static final String MIX = "Model mix";
    public static final String EFFICIENCY = "Efficiency";
    public static final String CHIPS = "Chips";
    public static final String ECONOMICS = "Economics";

    public PlanGrid {
        quarters = List.copyOf(quarters);
        rows = List.copyOf(rows);
    }

    public static PlanGrid of(Assumptions a) {
        Horizon horizon = a.horizon();
        List<Quarter> quarters = new ArrayList<>(horizon.quarterCount());
        for (Quarter q = horizon.first(); !q.isAfter(horizon.last()); q = q.plus(1)) {
            quarters.add(q);
        }
        Rows rows = new Rows(horizon);
        rows.scalar(Glossary.BASELINE, DEMAND, null, null, a.demand().requestsPerDay(), a.demand().requestsPerDay() > 0);
        rows.schedule(Glossary.GROWTH, DEMAND, null, null, a.demand().quarterlyGrowth());
        rows.scalar(Glossary.PEAK, DEMAND, null, null, a.demand().peakToAverage(), true);
        rows.scalar(Glossary.INPUT_WEIGHT, DEMAND, null, null, a.demand().inputTokenWeight(), true);
        for (WorkloadClass c : a.workloadClasses()) {
            String id = c.id().value();
            rows.schedule(Glossary.OUTPUT_TOKENS, WORKLOADS, id, c.name(),
                    c.tokens().map(TokenProfile::outputTokensPerRequest));
            rows.schedule(Glossary.INPUT_TOKENS, WORKLOADS, id, c.name(),
                    c.tokens().map(TokenProfile::inputTokensPerRequest));
            rows.schedule(Glossary.FLOP_PER_TOKEN, WORKLOADS, id, c.name(), c.tokens().map(TokenProfile::flopsPerToken));
        }
        for (WorkloadClass c : a.workloadClasses()) {
            rows.schedule(Glossary.MIX_SHARE, MIX, c.id().value(), c.name(),
                    mixShares(a.modelMix(), c));
        }
        for (EfficiencyScope scope : scopes(a)) {
            String subject = scope.isAll() ? "all classes" : a.workloadClass(scope.workloadClass())
                    .map(WorkloadClass::name).orElse(scope.toString());
            rows.steps(scope, subject, a.efficiency().steps());
            rows.schedule(Glossary.EFFICIENCY_GAIN, EFFICIENCY, scope.toString(), subject,
                    a.efficiency().annualGains().getOrDefault(scope, Schedule.empty()));
        }
        rows.scalar(Glossary.REBOUND, EFFICIENCY, null, null, a.reboundElasticity(), a.reboundElasticity() != 0);
        for (ChipType chip : a.chipTypes()) {
            rows.deliveries(chip, a.orders());
            rows.scalar(Glossary.UNIT_PRICE, CHIPS, chip.id().value(), chip.name(),
                    chip.unitPrice().dollars().doubleValue(), true);
        }
        Schedule<Economics> economics = a.economics();
        rows.schedule(Glossary.POWER_PRICE, ECONOMICS, null, null, economics.map(Economics::powerPriceUsdPerKwh));
        rows.schedule(Glossary.PUE, ECONOMICS, null, null, economics.map(Economics::powerUsageEffectiveness));
        rows.schedule(Glossary.TRAINING_SHARE, ECONOMICS, null, null, economics.map(Economics::trainingShare));
        rows.schedule(Glossary.AVAILABILITY, ECONOMICS, null, null, economics.map(Economics::availability));
        return new PlanGrid(quarters, rows.built);
    }

    /** The row id of a term, about a subject (a class, scope or chip id) or the whole scenario (null). */
    public static String rowId(Term term, String subjectId) {
        return subjectId == null ? term.id() : term.id() + ":" + subjectId;
    }

    /** The cells whose value or change start differ from {@code before}'s: what one change of the plan set. */
    public Set<PlanCell> cellsChangedSince(PlanGrid before) {
        Map<String, PlanRow> earlier = before.rows.stream()
                .collect(Collectors.toMap(PlanRow::id, Function.identity()));
        Set<PlanCell> changed = new HashSet<>();
        for (PlanRow row : rows) {
            PlanRow old = earlier.get(row.id());
            for (int i = 0; i < row.values().size(); i++) {
                boolean same = old != null && i < old.values().size()
                        && Objects.equals(old.values().get(i), row.values().get(i))
                        && old.starts().contains(i) == row.starts().contains(i);
                if (!same) {
                    changed.add(new PlanCell(row.id(), i));
                }
            }
        }
        return changed;
    }

    private static Schedule<Double> mixShares(Schedule<ModelMix> mix, WorkloadClass c) {
        return mix.map(shares -> shares.shareOf(c.id()));
    }

    /** The scope of all classes, then each class: every scope a step or gain can be set for. */
    private static List<EfficiencyScope> scopes(Assumptions a) {
        List<EfficiencyScope> scopes = new ArrayList<>();
        scopes.add(EfficiencyScope.ALL);
        a.workloadClasses().forEach(c -> scopes.add(EfficiencyScope.of(c.id())));
        return scopes;
    }

    /** Builds the rows of one grid. */
    private static final class Rows {

        private final Horizon horizon;
        private final List<PlanRow> built = new ArrayList<>();

        Rows(Horizon horizon) {
            this.horizon = horizon;
        }

        void scalar(Term term, String group, String subjectId, String subject, double value, boolean set) {
            built.add(new PlanRow(rowId(term, subjectId), group, term, subject, false, true, List.of(value),
                    set ? Set.of(0) : Set.of()));
        }

        void schedule(Term term, String group, String subjectId, String subject, Schedule<Double> schedule) {
            Set<Integer> starts = new HashSet<>();
            for (Schedule.Change<Double> change : schedule.changes()) {
                if (horizon.contains(change.from())) {
                    starts.add(horizon.indexOf(change.from()));
                }
            }
            built.add(new PlanRow(rowId(term, subjectId), group, term, subject, true, true,
                    schedule.perQuarter(horizon, null), starts));
        }

        void steps(EfficiencyScope scope, String subject, List<EfficiencyStep> steps) {
            Double[] factors = new Double[horizon.quarterCount()];
            Set<Integer> starts = new HashSet<>();
            for (EfficiencyStep step : steps) {
                if (step.scope().equals(scope) && horizon.contains(step.quarter())) {
                    int index = horizon.indexOf(step.quarter());
                    factors[index] = step.factor();
                    starts.add(index);
                }
            }
            built.add(new PlanRow(rowId(Glossary.EFFICIENCY_STEP, scope.toString()), EFFICIENCY,
                    Glossary.EFFICIENCY_STEP, subject, true, true, Arrays.asList(factors), starts));
        }

        void deliveries(ChipType chip, List<ProcurementOrder> orders) {
            Map<Integer, Double> delivered = new LinkedHashMap<>();
            for (ProcurementOrder order : orders) {
                if (order.chipType().equals(chip.id()) && horizon.contains(order.deliveryQuarter())) {
                    delivered.merge(horizon.indexOf(order.deliveryQuarter()), (double) order.quantity(), Double::sum);
                }
            }
            List<Double> values = new ArrayList<>(horizon.quarterCount());
            for (int i = 0; i < horizon.quarterCount(); i++) {
                values.add(delivered.getOrDefault(i, 0.0));
            }
            built.add(new PlanRow(rowId(Glossary.CHIPS_DELIVERED, chip.id().value()), CHIPS, Glossary.CHIPS_DELIVERED,
                    chip.name(), true, false, values, delivered.keySet()));
        }
    }
}
