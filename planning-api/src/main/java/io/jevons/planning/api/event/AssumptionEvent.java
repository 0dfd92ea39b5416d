package io.jevons.planning.api.event;

import io.jevons.capacity.change.AssumptionChange;

/** An accepted change of an assumption, with the planner's reason; maps onto the capacity model's change. */
public sealed interface AssumptionEvent extends ScenarioEvent permits
        DemandBaselineSet, DemandGrowthSet, PeakToAverageSet, InputTokenWeightSet,
        WorkloadClassDefined, WorkloadTokensChanged, ModelMixSet,
        EfficiencyStepSet, AnnualEfficiencyGainSet,
        ChipTypeDefined, ChipSpecsChanged,
        ChipsOrdered, OrderQuantityChanged, OrderPriceChanged, OrderDelayed, OrderRevised, OrderCancelled,
        EconomicsSet, ReboundElasticitySet,
        AssumptionRangeSet, AssumptionRangeCleared, AssumptionsChanged, ChangesMerged {

    AssumptionChange toChange();
}
