package io.jevons.capacity.merge;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionChange;
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
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The change that undoes another: made right after it, it gives assumptions that project exactly as those before
 * it. A value set from a quarter on is undone by setting, from that quarter, the value that was in force there
 * (the schedule keeps one more entry, the projection is the same); a step or a gain that was not there by a step
 * of 1x or a gain of 0 %.
 */
public final class Inverses {

    /** The label of the neutral efficiency step that undoes one that did not exist before. */
    static final String NO_STEP = "reverted";
    /** An annual gain never set is none. */
    private static final double NO_GAIN = 0;

    private Inverses() {
    }

    /** @param before the assumptions the change was made on */
    public static AssumptionChange of(AssumptionChange change, Assumptions before) {
        if (!(change instanceof ChangeSet set)) {
            return single(change, before);
        }
        List<AssumptionChange> undo = new ArrayList<>(set.changes().size());
        Assumptions running = before;
        for (AssumptionChange item : set.changes()) {
            undo.add(single(item, running));
            running = item.applyTo(running);
        }
        Collections.reverse(undo);
        return new ChangeSet(undo);
    }

    private static AssumptionChange single(AssumptionChange change, Assumptions before) {
        if (change instanceof SetDemandBaseline) {
            return new SetDemandBaseline(before.demand().requestsPerDay());
        } else if (change instanceof SetDemandGrowth c) {
            return new SetDemandGrowth(c.from(), inForce(before.demand().quarterlyGrowth(), c.from(), change));
        } else if (change instanceof SetPeakToAverage) {
            return new SetPeakToAverage(before.demand().peakToAverage());
        } else if (change instanceof SetInputTokenWeight) {
            return new SetInputTokenWeight(before.demand().inputTokenWeight());
        } else if (change instanceof ChangeWorkloadTokens c) {
            return new ChangeWorkloadTokens(c.workloadClass(), c.from(), inForce(before.workloadClass(c.workloadClass())
                    .orElseThrow(() -> nothingBefore(change)).tokens(), c.from(), change));
        } else if (change instanceof SetModelMix c) {
            return new SetModelMix(c.from(), inForce(before.modelMix(), c.from(), change));
        } else if (change instanceof SetEfficiencyStep c) {
            EfficiencyStep step = c.step();
            return new SetEfficiencyStep(before.efficiency().steps().stream()
                    .filter(s -> s.quarter().equals(step.quarter()) && s.scope().equals(step.scope())).findFirst()
                    .orElse(new EfficiencyStep(step.quarter(), step.scope(), 1, NO_STEP)));
        } else if (change instanceof SetAnnualEfficiencyGain c) {
            Schedule<Double> gains = before.efficiency().annualGains().getOrDefault(c.scope(), Schedule.empty());
            return new SetAnnualEfficiencyGain(c.scope(), c.from(), gains.valueAt(c.from()).orElse(NO_GAIN));
        } else if (change instanceof ChangeChipSpecs c) {
            return new ChangeChipSpecs(before.chipType(c.chipType().id()).orElseThrow(() -> nothingBefore(change)));
        } else if (change instanceof PlaceOrder c) {
            return new CancelOrder(c.order().id());
        } else if (change instanceof CancelOrder c) {
            return new PlaceOrder(orderBefore(before, c.order(), change));
        } else if (change instanceof ChangeOrderQuantity c) {
            return new ReviseOrder(orderBefore(before, c.order(), change));
        } else if (change instanceof ChangeOrderPrice c) {
            return new ReviseOrder(orderBefore(before, c.order(), change));
        } else if (change instanceof DelayOrder c) {
            return new ReviseOrder(orderBefore(before, c.order(), change));
        } else if (change instanceof ReviseOrder c) {
            return new ReviseOrder(orderBefore(before, c.order().id(), change));
        } else if (change instanceof SetEconomics c) {
            return new SetEconomics(c.from(), inForce(before.economics(), c.from(), change));
        } else if (change instanceof SetReboundElasticity) {
            return new SetReboundElasticity(before.reboundElasticity());
        } else if (change instanceof SetAssumptionRange c) {
            return before.uncertainty().range(c.range().key()).<AssumptionChange>map(SetAssumptionRange::new)
                    .orElse(new ClearAssumptionRange(c.range().key()));
        } else if (change instanceof ClearAssumptionRange c) {
            return new SetAssumptionRange(before.uncertainty().range(c.key()).orElseThrow(() -> nothingBefore(change)));
        } else if (change instanceof DefineWorkloadClass) {
            throw new NotRevertible("a workload class stays once defined: set its share of the model mix to 0 % instead");
        } else if (change instanceof DefineChipType) {
            throw new NotRevertible("a chip type stays once defined: cancel its orders instead");
        }
        throw new IllegalArgumentException("no inverse of " + change.summary());
    }

    private static <T> T inForce(Schedule<T> schedule, Quarter from, AssumptionChange change) {
        return schedule.valueAt(from).orElseThrow(() -> nothingBefore(change));
    }

    private static ProcurementOrder orderBefore(Assumptions before, OrderId order, AssumptionChange change) {
        return before.order(order).orElseThrow(() -> nothingBefore(change));
    }

    private static NotRevertible nothingBefore(AssumptionChange change) {
        return new NotRevertible(ChangedItems.single(change).label() + " had no value before this change to go back to");
    }
}
