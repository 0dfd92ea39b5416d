package io.jevons.planning.api;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
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
import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.Quantity;
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
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.ChangesMerged;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.MergedChange;
import io.jevons.planning.api.event.ProposalClosed;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalMerged;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One example of every kind of change and of every event, shared by the published-language tests. */
public final class EventExamples {

    public static final ScenarioId ID = ScenarioId.of("5f0c1f4e-8a53-4d0c-9d4c-2f1f5e2b9a10");
    static final Quarter Q1 = Quarter.of(2025, 1);
    static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    static final ChipTypeId H100 = ChipTypeId.of("h100");
    static final OrderId O1 = OrderId.of("o1");

    private EventExamples() {
    }

    public static List<AssumptionChange> everyKindOfChange() {
        return List.of(
                new SetDemandBaseline(2e9),
                new SetDemandGrowth(Quarter.of(2026, 1), 0.1),
                new SetPeakToAverage(1.8),
                new SetInputTokenWeight(0.25),
                new DefineWorkloadClass(WorkloadClassId.of("agent"), "Agent", Q1, new TokenProfile(60_000, 200_000, 5.6e11)),
                new ChangeWorkloadTokens(CHAT, Quarter.of(2026, 1), new TokenProfile(600, 3000, 5.6e11)),
                new SetModelMix(Q1, new ModelMix(Map.of(CHAT, 0.9, WorkloadClassId.of("reasoning"), 0.1))),
                new SetEfficiencyStep(new EfficiencyStep(Q1, EfficiencyScope.ALL, 10, "DeepSeek R1")),
                new SetAnnualEfficiencyGain(EfficiencyScope.of(CHAT), Quarter.of(2025, 2), 0.4),
                new DefineChipType(new ChipType(ChipTypeId.of("b200"), "B200", "NVIDIA", ChipKind.GPU, 4.5e15, 192, 1000,
                        Usd.ofWholeDollars(40_000), 5, 0.35)),
                new ChangeChipSpecs(new ChipType(H100, "H100 SXM", "NVIDIA", ChipKind.GPU, 1.979e15, 80, 700,
                        Usd.ofCents(2_500_050), 6, 0.2)),
                new PlaceOrder(new ProcurementOrder(OrderId.of("o2"), H100, 500, Quarter.of(2026, 1), Usd.ofWholeDollars(28_000))),
                new ChangeOrderQuantity(O1, 2_000),
                new ChangeOrderPrice(O1, Usd.ofWholeDollars(27_500)),
                new DelayOrder(O1, Quarter.of(2025, 4)),
                new ReviseOrder(new ProcurementOrder(O1, H100, 1_500, Quarter.of(2025, 3), Usd.ofWholeDollars(27_000))),
                new CancelOrder(O1),
                new SetEconomics(Quarter.of(2026, 1), new Economics(0.09, 1.3, 0.18, 0.95)),
                new SetReboundElasticity(0.8),
                new SetAssumptionRange(new AssumptionRange(UncertainParameter.CHIP_PRICE, "h100", 0.9, 1.25,
                        Distribution.UNIFORM)),
                new ClearAssumptionRange("DEMAND_BASELINE"),
                new ChangeSet(List.of(new SetDemandGrowth(Quarter.of(2027, 1), 0.05),
                        new ChangeWorkloadTokens(CHAT, Quarter.of(2027, 1), new TokenProfile(500, 3000, 5.6e11)))));
    }

    public static List<ScenarioEvent> everyEvent() {
        List<ScenarioEvent> events = new ArrayList<>();
        events.add(new ScenarioCreated(ID, "AI inference 2025–2030", Q1, Quarter.of(2030, 4), "kick-off"));
        events.add(new ScenarioForked(ID, "What if", Q1, Quarter.of(2030, 4),
                ScenarioId.of("6a1b1f4e-8a53-4d0c-9d4c-2f1f5e2b9a11"), 12, "variant"));
        events.add(new ScenarioRenamed(ID, "Board plan", null));
        events.add(new ScenarioArchived(ID, "superseded"));
        everyKindOfChange().forEach(change -> events.add(AssumptionEvents.of(ID, change, "because")));
        events.add(new VersionTagged(ID, "Board plan 2026-Q1", 12, "signed off by the board"));
        events.add(new ScenarioLocked(ID, "board approved"));
        events.add(new ScenarioUnlocked(ID, "re-plan after Q2"));
        events.add(new CommentAdded(ID, "The 10x step is DeepSeek's own claim; we assume half of it.", 7L));
        events.add(new ActualsRecorded(ID, Q1, 1_200L, 3.5e14, Usd.ofWholeDollars(36_000_000), "invoices Q1"));
        events.add(new AnchorSet(ID, "our-tokens-2025q3", "Tokens we served", Quantity.TOKENS_PER_MONTH, null,
                Quarter.of(2025, 3), 4.2e12, Bound.AROUND, 1.2, java.time.LocalDate.of(2025, 10, 2),
                "our billing export, September 2025", "hold the plan to what we served"));
        events.add(new AnchorRemoved(ID, "our-tokens-2025q3", "the export double-counted retries"));
        ScenarioId fork = ScenarioId.of("6a1b1f4e-8a53-4d0c-9d4c-2f1f5e2b9a11");
        events.add(new ChangesMerged(ID, fork, 1, "Blackwell slips a quarter", List.of(
                new MergedChange(AssumptionEvents.of(ID, new DelayOrder(O1, Quarter.of(2025, 4)), null), 14L, "bob",
                        Instant.parse("2026-11-30T09:15:00Z"), "NVIDIA's call", "measured", "https://example.com/call"),
                new MergedChange(AssumptionEvents.of(ID, new SetDemandGrowth(Quarter.of(2027, 1), 0.12), null), null, null,
                        null, "resolves the conflict on Demand growth from 2027Q1: met halfway", null, null)),
                "accepted in the Monday review"));
        events.add(new ProposalOpened(fork, 1, ID, "Blackwell slips a quarter", "Agents double too", 13, 160));
        events.add(new ProposalCommented(fork, 1, "Which call?", 14L));
        events.add(new ProposalReviewed(fork, 1, ReviewVerdict.CHANGES_REQUESTED, "link the call"));
        events.add(new ProposalClosed(fork, 1, "superseded by #2"));
        events.add(new ProposalMerged(fork, 1, 15, 171));
        return events;
    }
}
