package io.jevons.capacity.merge;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeChipSpecs;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.ChangeSet;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.change.ClearAssumptionRange;
import io.jevons.capacity.change.DefineChipType;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.change.DelayOrder;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.ReviseOrder;
import io.jevons.capacity.change.SetAnnualEfficiencyGain;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetEconomics;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.change.SetInputTokenWeight;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetPeakToAverage;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.plan.Glossary;

import java.util.List;

/** The assumption each change sets: one item for a single change, one per item of a change set. */
public final class ChangedItems {

    private ChangedItems() {
    }

    public static List<AssumptionItem> of(AssumptionChange change) {
        return change instanceof ChangeSet set ? set.changes().stream().map(ChangedItems::single).toList()
                : List.of(single(change));
    }

    /** The item of a change that is not a set. */
    public static AssumptionItem single(AssumptionChange change) {
        if (change instanceof SetDemandBaseline) {
            return item(AssumptionFamily.DEMAND, Glossary.BASELINE.name(), "demand", "baseline");
        } else if (change instanceof SetDemandGrowth c) {
            return item(AssumptionFamily.DEMAND, Glossary.GROWTH.name() + " from " + c.from(), "demand", "growth",
                    c.from().toString());
        } else if (change instanceof SetPeakToAverage) {
            return item(AssumptionFamily.DEMAND, Glossary.PEAK.name(), "demand", "peak-to-average");
        } else if (change instanceof SetInputTokenWeight) {
            return item(AssumptionFamily.DEMAND, Glossary.INPUT_WEIGHT.name(), "demand", "input-token-weight");
        } else if (change instanceof DefineWorkloadClass c) {
            return item(AssumptionFamily.MODEL_MIX, "Workload class " + c.name(), "workload-class",
                    c.workloadClass().value());
        } else if (change instanceof ChangeWorkloadTokens c) {
            return item(AssumptionFamily.MODEL_MIX, "Tokens of " + c.workloadClass() + " from " + c.from(),
                    "workload-class", c.workloadClass().value(), "tokens", c.from().toString());
        } else if (change instanceof SetModelMix c) {
            return item(AssumptionFamily.MODEL_MIX, "Model mix from " + c.from(), "model-mix", c.from().toString());
        } else if (change instanceof SetEfficiencyStep c) {
            return item(AssumptionFamily.EFFICIENCY, "Efficiency step in " + c.step().quarter() + " for "
                    + c.step().scope().label(), "efficiency-step", c.step().scope().toString(), c.step().quarter().toString());
        } else if (change instanceof SetAnnualEfficiencyGain c) {
            return item(AssumptionFamily.EFFICIENCY, Glossary.EFFICIENCY_GAIN.name() + " for " + c.scope().label()
                    + " from " + c.from(), "efficiency-gain", c.scope().toString(), c.from().toString());
        } else if (change instanceof DefineChipType c) {
            return chip(c.chipType().id().value());
        } else if (change instanceof ChangeChipSpecs c) {
            return chip(c.chipType().id().value());
        } else if (change instanceof PlaceOrder c) {
            return order(c.order().id().value());
        } else if (change instanceof ReviseOrder c) {
            return order(c.order().id().value());
        } else if (change instanceof CancelOrder c) {
            return order(c.order().value());
        } else if (change instanceof ChangeOrderQuantity c) {
            return orderTerm(c.order().value(), "quantity");
        } else if (change instanceof ChangeOrderPrice c) {
            return orderTerm(c.order().value(), "price");
        } else if (change instanceof DelayOrder c) {
            return orderTerm(c.order().value(), "delivery");
        } else if (change instanceof SetEconomics c) {
            return item(AssumptionFamily.ECONOMICS, "Economics from " + c.from(), "economics", c.from().toString());
        } else if (change instanceof SetReboundElasticity) {
            return item(AssumptionFamily.REBOUND, Glossary.REBOUND.name(), "rebound");
        } else if (change instanceof SetAssumptionRange c) {
            return range(c.range().key(), c.range().label());
        } else if (change instanceof ClearAssumptionRange c) {
            return range(c.key(), c.key());
        }
        throw new IllegalArgumentException("a change set has several items, not one: " + change.summary());
    }

    private static AssumptionItem chip(String chipType) {
        return item(AssumptionFamily.CHIPS, "Chip type " + chipType, "chip-type", chipType);
    }

    private static AssumptionItem order(String order) {
        return item(AssumptionFamily.PROCUREMENT, "Order " + order, "order", order);
    }

    private static AssumptionItem orderTerm(String order, String term) {
        return item(AssumptionFamily.PROCUREMENT, "Order " + order + ": " + term, "order", order, term);
    }

    private static AssumptionItem range(String key, String label) {
        return item(AssumptionFamily.UNCERTAINTY, "Range on " + label, "range", key);
    }


    private static AssumptionItem item(AssumptionFamily family, String label, String... path) {
        return new AssumptionItem(family, List.of(path), label);
    }
}
