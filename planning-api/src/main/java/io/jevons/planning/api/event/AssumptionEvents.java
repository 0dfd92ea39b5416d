package io.jevons.planning.api.event;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.TokenProfile;
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
import io.jevons.planning.api.scenario.ScenarioId;

/**
 * The event that records an accepted change: the inverse of {@link AssumptionEvent#toChange()}
 * ({@code AssumptionEventsTest} checks the round trip for every kind of change).
 */
public final class AssumptionEvents {

    private AssumptionEvents() {
    }

    public static AssumptionEvent of(ScenarioId id, AssumptionChange change, String reason) {
        if (change instanceof SetDemandBaseline c) {
            return new DemandBaselineSet(id, c.requestsPerDay(), reason);
        } else if (change instanceof SetDemandGrowth c) {
            return new DemandGrowthSet(id, c.from(), c.quarterlyGrowth(), reason);
        } else if (change instanceof SetPeakToAverage c) {
            return new PeakToAverageSet(id, c.peakToAverage(), reason);
        } else if (change instanceof SetInputTokenWeight c) {
            return new InputTokenWeightSet(id, c.inputTokenWeight(), reason);
        } else if (change instanceof DefineWorkloadClass c) {
            TokenProfile t = c.tokens();
            return new WorkloadClassDefined(id, c.workloadClass(), c.name(), c.from(), t.outputTokensPerRequest(),
                    t.inputTokensPerRequest(), t.flopsPerToken(), reason);
        } else if (change instanceof ChangeWorkloadTokens c) {
            TokenProfile t = c.tokens();
            return new WorkloadTokensChanged(id, c.workloadClass(), c.from(), t.outputTokensPerRequest(),
                    t.inputTokensPerRequest(), t.flopsPerToken(), reason);
        } else if (change instanceof SetModelMix c) {
            return new ModelMixSet(id, c.from(), c.mix().shares(), reason);
        } else if (change instanceof SetEfficiencyStep c) {
            return new EfficiencyStepSet(id, c.step().quarter(), c.step().scope(), c.step().factor(), c.step().label(), reason);
        } else if (change instanceof SetAnnualEfficiencyGain c) {
            return new AnnualEfficiencyGainSet(id, c.scope(), c.from(), c.annualGain(), reason);
        } else if (change instanceof DefineChipType c) {
            ChipType t = c.chipType();
            return new ChipTypeDefined(id, t.id(), t.name(), t.vendor(), t.kind(), t.peakFlopsPerSecond(), t.hbmGigabytes(),
                    t.tdpWatts(), t.unitPrice(), t.usefulLifeYears(), t.servingEfficiency(), reason);
        } else if (change instanceof ChangeChipSpecs c) {
            ChipType t = c.chipType();
            return new ChipSpecsChanged(id, t.id(), t.name(), t.vendor(), t.kind(), t.peakFlopsPerSecond(), t.hbmGigabytes(),
                    t.tdpWatts(), t.unitPrice(), t.usefulLifeYears(), t.servingEfficiency(), reason);
        } else if (change instanceof PlaceOrder c) {
            return new ChipsOrdered(id, c.order().id(), c.order().chipType(), c.order().quantity(),
                    c.order().deliveryQuarter(), c.order().unitPrice(), reason);
        } else if (change instanceof ChangeOrderQuantity c) {
            return new OrderQuantityChanged(id, c.order(), c.quantity(), reason);
        } else if (change instanceof ChangeOrderPrice c) {
            return new OrderPriceChanged(id, c.order(), c.unitPrice(), reason);
        } else if (change instanceof DelayOrder c) {
            return new OrderDelayed(id, c.order(), c.deliveryQuarter(), reason);
        } else if (change instanceof ReviseOrder c) {
            return new OrderRevised(id, c.order().id(), c.order().chipType(), c.order().quantity(),
                    c.order().deliveryQuarter(), c.order().unitPrice(), reason);
        } else if (change instanceof CancelOrder c) {
            return new OrderCancelled(id, c.order(), reason);
        } else if (change instanceof SetEconomics c) {
            return new EconomicsSet(id, c.from(), c.economics().powerPriceUsdPerKwh(),
                    c.economics().powerUsageEffectiveness(), c.economics().trainingShare(), c.economics().availability(),
                    reason);
        } else if (change instanceof SetReboundElasticity c) {
            return new ReboundElasticitySet(id, c.elasticity(), reason);
        } else if (change instanceof SetAssumptionRange c) {
            AssumptionRange r = c.range();
            return new AssumptionRangeSet(id, r.parameter(), r.target(), r.low(), r.high(), r.distribution(), reason);
        } else if (change instanceof ClearAssumptionRange c) {
            return new AssumptionRangeCleared(id, c.key(), reason);
        } else if (change instanceof ChangeSet c) {
            return new AssumptionsChanged(id, c.changes().stream().map(item -> of(id, item, null)).toList(), reason);
        }
        throw new IllegalArgumentException("no event for " + change.getClass().getName());
    }
}
