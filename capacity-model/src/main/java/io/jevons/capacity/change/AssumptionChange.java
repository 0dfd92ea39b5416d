package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

/**
 * One change a planner can make to a scenario's assumptions: the model's vocabulary of edits. Events of
 * the planning API map onto these; attribution and the default scenario are sequences of them.
 */
public sealed interface AssumptionChange permits SetDemandBaseline, SetDemandGrowth, SetPeakToAverage,
        SetInputTokenWeight, DefineWorkloadClass, ChangeWorkloadTokens, SetModelMix, SetEfficiencyStep,
        SetAnnualEfficiencyGain, DefineChipType, ChangeChipSpecs, PlaceOrder, ChangeOrderQuantity, ChangeOrderPrice, DelayOrder,
        ReviseOrder, CancelOrder, SetEconomics, SetReboundElasticity, SetAssumptionRange, ClearAssumptionRange, ChangeSet {

    /** The assumptions with this change made; refuses (InvalidAssumptionsException) a change that breaks a rule. */
    Assumptions applyTo(Assumptions assumptions);

    /** What the change does, in words a planner reads in the history. */
    String summary();

    /** The assumption family the change belongs to, for filtering the history. */
    AssumptionFamily family();
}
