package io.jevons.capacity.diff;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Every assumption that differs between two sets, family by family, in a stable order. */
public final class AssumptionDiff {

    private final List<Difference> differences = new ArrayList<>();

    private AssumptionDiff() {
    }

    public static List<Difference> between(Assumptions before, Assumptions after) {
        AssumptionDiff diff = new AssumptionDiff();
        diff.value(AssumptionFamily.SCENARIO, "horizon", before.horizon(), after.horizon());
        diff.value(AssumptionFamily.DEMAND, "requests per day", before.demand().requestsPerDay(), after.demand().requestsPerDay());
        diff.schedule(AssumptionFamily.DEMAND, "quarterly growth", before.demand().quarterlyGrowth(),
                after.demand().quarterlyGrowth(), Object::toString);
        diff.value(AssumptionFamily.DEMAND, "peak to average", before.demand().peakToAverage(), after.demand().peakToAverage());
        diff.value(AssumptionFamily.DEMAND, "input token weight", before.demand().inputTokenWeight(),
                after.demand().inputTokenWeight());
        diff.keyed(AssumptionFamily.MODEL_MIX, "workload class ", index(before.workloadClasses(), c -> c.id().value()),
                index(after.workloadClasses(), c -> c.id().value()), AssumptionDiff::describe);
        diff.schedule(AssumptionFamily.MODEL_MIX, "model mix", before.modelMix(), after.modelMix(), AssumptionDiff::describe);
        diff.keyed(AssumptionFamily.EFFICIENCY, "efficiency step ", index(before.efficiency().steps(), AssumptionDiff::key),
                index(after.efficiency().steps(), AssumptionDiff::key), step -> step.factor() + "x (" + step.label() + ")");
        diff.keyed(AssumptionFamily.EFFICIENCY, "annual efficiency gain ", gains(before), gains(after), Object::toString);
        diff.keyed(AssumptionFamily.CHIPS, "chip type ", index(before.chipTypes(), c -> c.id().value()),
                index(after.chipTypes(), c -> c.id().value()), AssumptionDiff::describe);
        diff.keyed(AssumptionFamily.PROCUREMENT, "order ", index(before.orders(), o -> o.id().value()),
                index(after.orders(), o -> o.id().value()), AssumptionDiff::describe);
        diff.schedule(AssumptionFamily.ECONOMICS, "economics", before.economics(), after.economics(), AssumptionDiff::describe);
        diff.value(AssumptionFamily.REBOUND, "rebound elasticity", before.reboundElasticity(), after.reboundElasticity());
        return List.copyOf(diff.differences);
    }

    private void value(AssumptionFamily family, String item, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            differences.add(new Difference(family, item, String.valueOf(before), String.valueOf(after)));
        }
    }

    private <T> void schedule(AssumptionFamily family, String item, Schedule<T> before, Schedule<T> after,
                              Function<T, String> describe) {
        keyed(family, item + " from ", byQuarter(before), byQuarter(after), describe);
    }

    private <K extends Comparable<K>, V> void keyed(AssumptionFamily family, String prefix, Map<K, V> before,
                                                    Map<K, V> after, Function<V, String> describe) {
        for (K key : new TreeSet<>(union(before, after))) {
            V was = before.get(key);
            V is = after.get(key);
            if (!Objects.equals(was, is)) {
                differences.add(new Difference(family, prefix + key, was == null ? null : describe.apply(was),
                        is == null ? null : describe.apply(is)));
            }
        }
    }

    private static <K, V> List<K> union(Map<K, V> a, Map<K, V> b) {
        List<K> keys = new ArrayList<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static <T> Map<Quarter, T> byQuarter(Schedule<T> schedule) {
        Map<Quarter, T> values = new TreeMap<>();
        schedule.changes().forEach(change -> values.put(change.from(), change.value()));
        return values;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> indexed = new LinkedHashMap<>();
        items.forEach(item -> indexed.put(key.apply(item), item));
        return indexed;
    }

    private static Map<String, Double> gains(Assumptions assumptions) {
        Map<String, Double> gains = new TreeMap<>();
        for (Map.Entry<EfficiencyScope, Schedule<Double>> scope : assumptions.efficiency().annualGains().entrySet()) {
            scope.getValue().changes().forEach(change -> gains.put(scope.getKey() + " from " + change.from(), change.value()));
        }
        return gains;
    }

    private static String key(EfficiencyStep step) {
        return step.quarter() + " for " + step.scope();
    }

    private static String describe(WorkloadClass workloadClass) {
        StringBuilder text = new StringBuilder(workloadClass.name());
        for (Schedule.Change<TokenProfile> change : workloadClass.tokens().changes()) {
            TokenProfile t = change.value();
            text.append("; from ").append(change.from()).append(": ").append(t.outputTokensPerRequest()).append(" out + ")
                    .append(t.inputTokensPerRequest()).append(" in tokens, ").append(t.flopsPerToken()).append(" FLOPs/token");
        }
        return text.toString();
    }

    private static String describe(ModelMix mix) {
        return mix.shares().toString();
    }

    private static String describe(ChipType chip) {
        return chip.name() + " (" + chip.vendor() + " " + chip.kind() + "): " + chip.peakFlopsPerSecond() + " FLOP/s, "
                + chip.servingEfficiency() + " serving, " + chip.tdpWatts() + " W, " + chip.unitPrice() + ", "
                + chip.usefulLifeYears() + " years";
    }

    private static String describe(ProcurementOrder order) {
        return order.quantity() + " x " + order.chipType() + " in " + order.deliveryQuarter() + " at " + order.unitPrice();
    }

    private static String describe(Economics economics) {
        return "$" + economics.powerPriceUsdPerKwh() + "/kWh, PUE " + economics.powerUsageEffectiveness()
                + ", training " + economics.trainingShare() + ", availability " + economics.availability();
    }
}
