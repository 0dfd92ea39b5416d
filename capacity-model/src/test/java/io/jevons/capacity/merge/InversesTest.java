package io.jevons.capacity.merge;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
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
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InversesTest {

    private static final Assumptions BASE = SmallScenario.ASSUMPTIONS
            .withUncertainty(SmallScenario.ASSUMPTIONS.uncertainty().with(
                    new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null, 0.8, 1.2, Distribution.UNIFORM)));
    private static final Quarter Q3_2025 = Quarter.of(2025, 3);
    private static final Quarter Q2_2026 = Quarter.of(2026, 2);

    static Stream<AssumptionChange> changes() {
        return Stream.of(
                new SetDemandBaseline(100_000_000),
                new SetDemandGrowth(Q3_2025, 0.3),
                new SetDemandGrowth(Q2_2026, 0.1),
                new SetPeakToAverage(2.5),
                new SetInputTokenWeight(0.3),
                new ChangeWorkloadTokens(SmallScenario.CHAT, Q2_2026, new TokenProfile(300, 200, 1e9)),
                new SetModelMix(Quarter.of(2026, 1), new ModelMix(Map.of(SmallScenario.CHAT, 0.4, SmallScenario.REASONING, 0.6))),
                new SetModelMix(Q2_2026, new ModelMix(Map.of(SmallScenario.CHAT, 0.3, SmallScenario.REASONING, 0.7))),
                new SetEfficiencyStep(new EfficiencyStep(Q3_2025, EfficiencyScope.ALL, 4, "quantisation")),
                new SetEfficiencyStep(new EfficiencyStep(Q2_2026, EfficiencyScope.of(SmallScenario.CHAT), 3, "new step")),
                new SetAnnualEfficiencyGain(EfficiencyScope.ALL, Q2_2026, 0.4),
                new ChangeChipSpecs(new ChipType(SmallScenario.GPU_A, "GPU A", "Acme", ChipKind.GPU, 2e15, 80, 1000,
                        Usd.ofWholeDollars(25_000), 1, 0.5)),
                new PlaceOrder(new ProcurementOrder(OrderId.of("o4"), SmallScenario.ASIC_B, 5, Q2_2026,
                        Usd.ofWholeDollars(9_000))),
                new CancelOrder(OrderId.of("o3")),
                new ChangeOrderQuantity(OrderId.of("o1"), 7),
                new ChangeOrderPrice(OrderId.of("o2"), Usd.ofWholeDollars(12_000)),
                new DelayOrder(OrderId.of("o1"), Q3_2025),
                new SetEconomics(Q2_2026, new Economics(0.2, 1.3, 0.1, 0.9)),
                new SetReboundElasticity(0.6),
                new SetAssumptionRange(new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null, 0.5, 1.5,
                        Distribution.UNIFORM)),
                new ClearAssumptionRange(BASE.uncertainty().ranges().get(0).key()),
                new ChangeSet(List.of(new SetPeakToAverage(3), new ChangeOrderQuantity(OrderId.of("o1"), 9),
                        new ChangeOrderQuantity(OrderId.of("o1"), 11))));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void theInverseRestoresTheProjectionExactlyAndTheChangeMadeAgainRestoresItsOwn(AssumptionChange change) {
        Assumptions changed = change.applyTo(BASE);
        AssumptionChange inverse = Inverses.of(change, BASE);
        Assumptions reverted = inverse.applyTo(changed);

        assertThat(changed).isNotEqualTo(BASE);
        assertThat(CapacityProjector.project(reverted)).isEqualTo(CapacityProjector.project(BASE));
        assertThat(reverted.uncertainty()).isEqualTo(BASE.uncertainty());
        assertThat(CapacityProjector.project(change.applyTo(reverted))).isEqualTo(CapacityProjector.project(changed));
    }

    @Test
    void theInverseOfAnOrderChangePutsTheWholeOrderBackInItsPlace() {
        AssumptionChange inverse = Inverses.of(new DelayOrder(OrderId.of("o1"), Q3_2025), BASE);

        assertThat(inverse.summary()).isEqualTo("Order o1: set to 2 x gpu-a in 2025Q1 at $20000.00");
        assertThat(inverse.applyTo(new DelayOrder(OrderId.of("o1"), Q3_2025).applyTo(BASE)).orders())
                .isEqualTo(BASE.orders());
    }

    @Test
    void aDefinitionAndAFirstValueHaveNothingToGoBackTo() {
        assertThatThrownBy(() -> Inverses.of(new DefineChipType(new ChipType(ChipTypeId.of("c"), "C", "V", ChipKind.ASIC,
                1e15, 1, 1, Usd.ofWholeDollars(1), 1, 0.1)), BASE))
                .isInstanceOf(NotRevertible.class).hasMessageContaining("cancel its orders");
        assertThatThrownBy(() -> Inverses.of(new DefineWorkloadClass(WorkloadClassId.of("agent"), "Agent",
                Quarter.of(2025, 1), new TokenProfile(1, 1, 1)), BASE))
                .isInstanceOf(NotRevertible.class).hasMessageContaining("share of the model mix to 0 %");
        Assumptions noGrowth = Assumptions.empty(BASE.horizon());
        assertThatThrownBy(() -> Inverses.of(new SetDemandGrowth(Q3_2025, 0.1), noGrowth))
                .isInstanceOf(NotRevertible.class)
                .hasMessage("Demand growth from 2025Q3 had no value before this change to go back to");
    }
}
