package io.jevons.capacity;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Demand;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.Efficiency;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;

import java.util.Map;

/** A small scenario whose projection is worked out by hand in {@code CapacityProjectorTest}. */
public final class SmallScenario {

    public static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    public static final WorkloadClassId REASONING = WorkloadClassId.of("reasoning");
    public static final ChipTypeId GPU_A = ChipTypeId.of("gpu-a");
    public static final ChipTypeId ASIC_B = ChipTypeId.of("asic-b");
    public static final Quarter Q1_2025 = Quarter.of(2025, 1);

    /*
     * Demand: 86,400,000 requests/day = 1,000 requests/s on average, peak-to-average 2 -> 2,000/s at peak;
     * +50% into 2025Q3 (129,600,000/day), flat after. Input tokens weigh 0.5 of an output token.
     *   chat:      100 out + 200 in x 0.5 =   200 weighted tokens/request, 1e9 FLOPs/token
     *   reasoning: 1000 out + 200 in x 0.5 = 1,100 weighted tokens/request, 1e9 FLOPs/token
     * Mix: 75% chat / 25% reasoning from 2025Q1, 50/50 from 2026Q1. Efficiency: 2x (all classes) from 2025Q3.
     * Chips: gpu-a (Acme GPU) 1e15 FLOP/s peak x 0.5 serving = 5e14, 1,000 W, life 1 year (4 quarters);
     *        asic-b (Bolt ASIC) 2e15 x 0.25 = 5e14, 500 W, life 2 years (8 quarters).
     * Orders: o1 2 x gpu-a in 2025Q1 at $20,000; o2 1 x asic-b in 2025Q2 at $10,001; o3 3 x gpu-a in 2026Q1 at $18,000.
     * Economics: $0.10/kWh, PUE 1.5, training share 0.2, availability 0.8 -> 0.64 of installed FLOP/s serves.
     */
    public static final Assumptions ASSUMPTIONS = Assumptions.empty(new Horizon(Q1_2025, Quarter.of(2026, 4)))
            .withDemand(Demand.NONE.withRequestsPerDay(86_400_000).withPeakToAverage(2).withInputTokenWeight(0.5)
                    .withGrowthFrom(Quarter.of(2025, 3), 0.5).withGrowthFrom(Quarter.of(2025, 4), 0.0))
            .withWorkloadClass(WorkloadClass.of(CHAT, "Chat", Q1_2025, new TokenProfile(100, 200, 1e9)))
            .withWorkloadClass(WorkloadClass.of(REASONING, "Reasoning", Q1_2025, new TokenProfile(1000, 200, 1e9)))
            .withModelMixFrom(Q1_2025, new ModelMix(Map.of(CHAT, 0.75, REASONING, 0.25)))
            .withModelMixFrom(Quarter.of(2026, 1), new ModelMix(Map.of(CHAT, 0.5, REASONING, 0.5)))
            .withEfficiency(Efficiency.NONE.withStep(
                    new EfficiencyStep(Quarter.of(2025, 3), EfficiencyScope.ALL, 2, "distillation")))
            .withChipType(new ChipType(GPU_A, "GPU A", "Acme", ChipKind.GPU, 1e15, 80, 1000,
                    Usd.ofWholeDollars(20_000), 1, 0.5))
            .withChipType(new ChipType(ASIC_B, "ASIC B", "Bolt", ChipKind.ASIC, 2e15, 32, 500,
                    Usd.ofWholeDollars(10_000), 2, 0.25))
            .withOrder(new ProcurementOrder(OrderId.of("o1"), GPU_A, 2, Q1_2025, Usd.ofWholeDollars(20_000)))
            .withOrder(new ProcurementOrder(OrderId.of("o2"), ASIC_B, 1, Quarter.of(2025, 2), Usd.ofWholeDollars(10_001)))
            .withOrder(new ProcurementOrder(OrderId.of("o3"), GPU_A, 3, Quarter.of(2026, 1), Usd.ofWholeDollars(18_000)))
            .withEconomicsFrom(Q1_2025, new Economics(0.10, 1.5, 0.2, 0.8));

    private SmallScenario() {
    }
}
