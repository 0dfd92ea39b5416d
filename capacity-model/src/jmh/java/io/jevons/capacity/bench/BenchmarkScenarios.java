package io.jevons.capacity.bench;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Demand;
import io.jevons.capacity.assumptions.Distribution;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.DefineChipType;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's scenario: 40 quarters, 5 workload classes, 10 chip types, 200 orders. */
final class BenchmarkScenarios {

    static final Quarter FIRST = Quarter.of(2025, 1);
    static final Horizon HORIZON = new Horizon(FIRST, FIRST.plus(39));
    static final int CLASSES = 5;
    static final int CHIP_TYPES = 10;
    static final int ORDERS = 200;

    private BenchmarkScenarios() {
    }

    /** Every change that builds the scenario from empty assumptions, in order. */
    static List<AssumptionChange> changes() {
        List<AssumptionChange> changes = new ArrayList<>();
        changes.add(new SetEconomics(FIRST, new Economics(0.08, 1.2, 0.18, 0.95)));
        changes.add(new SetDemandBaseline(5e9));
        changes.add(new SetDemandGrowth(FIRST.plus(1), 0.2));
        changes.add(new SetDemandGrowth(FIRST.plus(12), 0.05));
        List<WorkloadClassId> classes = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            WorkloadClassId id = WorkloadClassId.of("class-" + c);
            classes.add(id);
            changes.add(new DefineWorkloadClass(id, "Class " + c, FIRST, new TokenProfile(400 * (c + 1), 3000, 5.6e11)));
        }
        changes.add(new SetModelMix(FIRST, mix(classes, 0)));
        changes.add(new SetModelMix(FIRST.plus(8), mix(classes, 1)));
        changes.add(new SetModelMix(FIRST.plus(20), mix(classes, 2)));
        changes.add(new SetEfficiencyStep(new EfficiencyStep(FIRST.plus(2), EfficiencyScope.ALL, 10, "step")));
        changes.add(new SetAnnualEfficiencyGain(EfficiencyScope.ALL, FIRST.plus(4), 0.4));
        changes.add(new SetAnnualEfficiencyGain(EfficiencyScope.of(classes.get(1)), FIRST.plus(10), 0.2));
        changes.add(new SetReboundElasticity(0.8));
        for (int t = 0; t < CHIP_TYPES; t++) {
            changes.add(new DefineChipType(new ChipType(ChipTypeId.of("chip-" + t), "Chip " + t, "Vendor " + (t % 4),
                    t % 3 == 0 ? ChipKind.ASIC : ChipKind.GPU, (1 + t) * 1e15, 80, 700 + 50 * t,
                    Usd.ofWholeDollars(20_000 + 1_000 * t), 4 + t % 3, 0.1 + 0.02 * t)));
        }
        for (int o = 0; o < ORDERS; o++) {
            changes.add(new PlaceOrder(order(o)));
        }
        return changes;
    }

    static Assumptions assumptions() {
        Assumptions assumptions = Assumptions.empty(HORIZON);
        for (AssumptionChange change : changes()) {
            assumptions = change.applyTo(assumptions);
        }
        return assumptions;
    }

    /** Twelve further changes of all families, to attribute. */
    static List<LabelledChange> twelveChanges() {
        List<LabelledChange> changes = new ArrayList<>();
        changes.add(labelled(new SetDemandGrowth(FIRST.plus(16), 0.1)));
        changes.add(labelled(new SetEfficiencyStep(new EfficiencyStep(FIRST.plus(14), EfficiencyScope.ALL, 3, "second step"))));
        changes.add(labelled(new SetReboundElasticity(0.9)));
        changes.add(labelled(new PlaceOrder(new ProcurementOrder(OrderId.of("extra-1"), ChipTypeId.of("chip-9"),
                200_000, FIRST.plus(10), Usd.ofWholeDollars(40_000)))));
        changes.add(labelled(new ChangeOrderQuantity(OrderId.of("extra-1"), 400_000)));
        changes.add(labelled(new ChangeOrderQuantity(OrderId.of("order-7"), 5_000)));
        changes.add(labelled(new DelayOrder(OrderId.of("order-8"), FIRST.plus(30))));
        changes.add(labelled(new SetEconomics(FIRST.plus(12), new Economics(0.1, 1.3, 0.2, 0.9))));
        changes.add(labelled(new SetModelMix(FIRST.plus(16), mix(ids(), 3))));
        changes.add(labelled(new SetAnnualEfficiencyGain(EfficiencyScope.ALL, FIRST.plus(24), 0.6)));
        changes.add(labelled(new SetDemandBaseline(6e9)));
        changes.add(labelled(new PlaceOrder(new ProcurementOrder(OrderId.of("extra-2"), ChipTypeId.of("chip-3"),
                100_000, FIRST.plus(12), Usd.ofWholeDollars(25_000)))));
        return changes;
    }

    private static LabelledChange labelled(AssumptionChange change) {
        return new LabelledChange(change.summary(), change);
    }

    private static ProcurementOrder order(int o) {
        return new ProcurementOrder(OrderId.of("order-" + o), ChipTypeId.of("chip-" + (o % CHIP_TYPES)),
                10_000 + 500L * (o % 17), FIRST.plus(o % 36), Usd.ofCents(2_000_000 + 3_317L * o));
    }

    private static List<WorkloadClassId> ids() {
        List<WorkloadClassId> ids = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            ids.add(WorkloadClassId.of("class-" + c));
        }
        return ids;
    }

    private static ModelMix mix(List<WorkloadClassId> classes, int variant) {
        Map<WorkloadClassId, Double> shares = new HashMap<>();
        double total = 0;
        double[] weights = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            weights[c] = 1 + ((c + variant) % classes.size());
            total += weights[c];
        }
        for (int c = 0; c < classes.size(); c++) {
            shares.put(classes.get(c), weights[c] / total);
        }
        return new ModelMix(shares);
    }

    /** Ranges on demand, growth, FLOPs per token, chip prices, deliveries and power prices. */
    static Assumptions withSixRanges(Assumptions assumptions) {
        Assumptions ranged = assumptions;
        for (AssumptionRange range : List.of(
                new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null, 0.6, 1.8, null),
                new AssumptionRange(UncertainParameter.DEMAND_GROWTH, null, 0.7, 1.3, null),
                new AssumptionRange(UncertainParameter.FLOPS_PER_TOKEN, null, 0.5, 1.5, Distribution.UNIFORM),
                new AssumptionRange(UncertainParameter.CHIP_PRICE, null, 0.8, 1.3, null),
                new AssumptionRange(UncertainParameter.ORDER_QUANTITY, null, 0.7, 1.05, null),
                new AssumptionRange(UncertainParameter.POWER_PRICE, null, 0.8, 1.5, null))) {
            ranged = new SetAssumptionRange(range).applyTo(ranged);
        }
        return ranged;
    }
}
