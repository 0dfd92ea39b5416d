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
import io.jevons.capacity.plan.Glossary;
import io.jevons.capacity.plan.Term;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every assumption that differs between two sets, family by family, in a stable order. */
public final class AssumptionDiff {

    private final List<Difference> differences = new ArrayList<>();

    private AssumptionDiff() {
    }

    public static List<Difference> between(Assumptions before, Assumptions after) {
        AssumptionDiff diff = new AssumptionDiff();
        diff.value(AssumptionFamily.SCENARIO, "Horizon", before.horizon(), after.horizon(), AssumptionDiff::describe);
        diff.figure(AssumptionFamily.DEMAND, Glossary.BASELINE, before.demand().requestsPerDay(), after.demand().requestsPerDay());
        diff.schedule(AssumptionFamily.DEMAND, Glossary.GROWTH.name(), before.demand().quarterlyGrowth(),
                after.demand().quarterlyGrowth(), Glossary.GROWTH.unit()::format);
        diff.figure(AssumptionFamily.DEMAND, Glossary.PEAK, before.demand().peakToAverage(), after.demand().peakToAverage());
        diff.figure(AssumptionFamily.DEMAND, Glossary.INPUT_WEIGHT, before.demand().inputTokenWeight(),
                after.demand().inputTokenWeight());
        diff.keyed(AssumptionFamily.MODEL_MIX, "Workload class ", index(before.workloadClasses(), c -> c.id().value()),
                index(after.workloadClasses(), c -> c.id().value()), AssumptionDiff::describe);
        diff.schedule(AssumptionFamily.MODEL_MIX, "Model mix", before.modelMix(), after.modelMix(),
                mix -> describe(mix, after.workloadClasses().isEmpty() ? before : after));
        diff.keyed(AssumptionFamily.EFFICIENCY, "Efficiency step ", index(before.efficiency().steps(), AssumptionDiff::key),
                index(after.efficiency().steps(), AssumptionDiff::key),
                step -> Glossary.EFFICIENCY_STEP.unit().format(step.factor()) + " (" + step.label() + ")");
        diff.keyed(AssumptionFamily.EFFICIENCY, Glossary.EFFICIENCY_GAIN.name() + " for ", gains(before), gains(after),
                Glossary.EFFICIENCY_GAIN.unit()::format);
        diff.keyed(AssumptionFamily.CHIPS, "Chip type ", index(before.chipTypes(), c -> c.id().value()),
                index(after.chipTypes(), c -> c.id().value()), AssumptionDiff::describe);
        diff.keyed(AssumptionFamily.PROCUREMENT, "Order ", index(before.orders(), o -> o.id().value()),
                index(after.orders(), o -> o.id().value()), AssumptionDiff::describe);
        diff.schedule(AssumptionFamily.ECONOMICS, "Economics", before.economics(), after.economics(), AssumptionDiff::describe);
        diff.figure(AssumptionFamily.REBOUND, Glossary.REBOUND, before.reboundElasticity(), after.reboundElasticity());
        return List.copyOf(diff.differences);
    }

    /** A figure differs by its value, not by how it reads: 1.501 B and 1.502 B differ though both read "1.5 B". */
    private void figure(AssumptionFamily family, Term term, double before, double after) {
        value(family, term.name(), before, after, term.unit()::format);
    }

    private <T> void value(AssumptionFamily family, String item, T before, T after, Function<T, String> describe) {
        if (!Objects.equals(before, after)) {
            differences.add(new Difference(family, item, describe.apply(before), describe.apply(after)));
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
            scope.getValue().changes().forEach(change -> gains.put(scope.getKey().label() + " from " + change.from(),
                    change.value()));
        }
        return gains;
    }

    private static String key(EfficiencyStep step) {
        return step.quarter() + " for " + step.scope().label();
    }


    private static String describe(Horizon horizon) {
        return horizon.first() + " to " + horizon.last();
    }

    private static String describe(WorkloadClass workloadClass) {
        StringBuilder text = new StringBuilder(workloadClass.name());
        for (Schedule.Change<TokenProfile> change : workloadClass.tokens().changes()) {
            TokenProfile t = change.value();
            text.append("; from ").append(change.from()).append(": ")
                    .append(Unit.TOKENS.format(t.outputTokensPerRequest())).append(" out + ")
                    .append(Unit.TOKENS.format(t.inputTokensPerRequest())).append(" in tokens, ")
                    .append(Unit.FLOP.format(t.flopsPerToken())).append(" FLOP per token");
        }
        return text.toString();
    }

    /** "Chat 80 %, Reasoning 15 %, Agent 5 %", by the classes' names where the scenario knows them. */
    private static String describe(ModelMix mix, Assumptions named) {
        return mix.shares().entrySet().stream()
                .map(share -> named.workloadClass(share.getKey()).map(WorkloadClass::name).orElse(share.getKey().value())
                        + " " + Unit.PERCENT.format(share.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String describe(ChipType chip) {
        return chip.name() + " (" + chip.vendor() + " " + chip.kind() + "): "
                + Unit.FLOP_PER_SECOND.format(chip.peakFlopsPerSecond()) + " peak, "
                + Unit.PERCENT.format(chip.servingEfficiency()) + " serving efficiency, "
                + String.format(Locale.US, "%,.0f W", chip.tdpWatts()) + ", "
                + Unit.USD.format(chip.unitPrice().dollars().doubleValue()) + ", "
                + Unit.RATIO.format(chip.usefulLifeYears()) + " years";
    }

    private static String describe(ProcurementOrder order) {
        return Unit.CHIPS.format(order.quantity()) + " × " + order.chipType() + " in " + order.deliveryQuarter() + " at "
                + Unit.USD.format(order.unitPrice().dollars().doubleValue());
    }

    private static String describe(Economics economics) {
        return Glossary.POWER_PRICE.unit().format(economics.powerPriceUsdPerKwh()) + ", PUE "
                + Glossary.PUE.unit().format(economics.powerUsageEffectiveness()) + ", training reserve "
                + Glossary.TRAINING_SHARE.unit().format(economics.trainingShare()) + ", availability "
                + Glossary.AVAILABILITY.unit().format(economics.availability());
    }
}
