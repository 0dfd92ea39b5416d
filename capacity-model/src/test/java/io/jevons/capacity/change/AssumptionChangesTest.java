package io.jevons.capacity.change;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssumptionChangesTest {

    static final Assumptions SMALL = SmallScenario.ASSUMPTIONS;
    static final ChipType FASTER_GPU_A = new ChipType(SmallScenario.GPU_A, "GPU A", "Acme", ChipKind.GPU, 2e15, 80, 1000,
            Usd.ofWholeDollars(20_000), 1, 0.5);

    @Test
    void definingWhatExistsIsRefusedAndChangingWhatDoesNotExistToo() {
        assertThatThrownBy(() -> new DefineChipType(FASTER_GPU_A).applyTo(SMALL))
                .isInstanceOf(InvalidAssumptionsException.class)
                .hasMessage("chipTypes[gpu-a]: chip type gpu-a is already defined; change its specs instead");
        assertThatThrownBy(() -> new ChangeChipSpecs(new ChipType(ChipTypeId.of("nope"), "N", "V", ChipKind.GPU, 1e15, 1, 1,
                Usd.ZERO, 1, 0.5)).applyTo(SMALL)).hasMessage("chipTypes[nope]: no chip type nope");
        assertThatThrownBy(() -> new DefineWorkloadClass(SmallScenario.CHAT, "Chat", Quarter.of(2025, 1),
                new TokenProfile(1, 1, 1e9)).applyTo(SMALL))
                .hasMessage("workloadClasses[chat]: workload class chat is already defined; change its tokens instead");
        assertThatThrownBy(() -> new PlaceOrder(new ProcurementOrder(OrderId.of("o1"), SmallScenario.GPU_A, 1,
                Quarter.of(2025, 1), Usd.ZERO)).applyTo(SMALL)).hasMessage("orders[o1]: order o1 is already placed");
    }

    @Test
    void changingSpecsReprojectsEveryOrderOfTheType() {
        Assumptions faster = new ChangeChipSpecs(FASTER_GPU_A).applyTo(SMALL);
        assertThat(faster.chipType(SmallScenario.GPU_A)).contains(FASTER_GPU_A);
        assertThat(faster.orders()).isEqualTo(SMALL.orders());
    }

    @Test
    void aDelayMovesDeliveryLaterOnly() {
        assertThat(new DelayOrder(OrderId.of("o1"), Quarter.of(2025, 3)).applyTo(SMALL).order(OrderId.of("o1")).orElseThrow()
                .deliveryQuarter()).isEqualTo(Quarter.of(2025, 3));
        assertThatThrownBy(() -> new DelayOrder(OrderId.of("o2"), Quarter.of(2025, 1)).applyTo(SMALL))
                .hasMessage("orders[o2].deliveryQuarter: a delay moves delivery later: 2025Q1 is not after 2025Q2");
    }

    @Test
    void summariesReadLikeAHistory() {
        assertThat(new ChangeOrderQuantity(OrderId.of("o1"), 1_500_000).summary()).isEqualTo("Order o1: quantity 1,500,000");
        assertThat(new SetDemandGrowth(Quarter.of(2026, 1), 0.15).summary())
                .isEqualTo("Demand growth from 2026Q1: 15% a quarter");
        assertThat(new DefineChipType(FASTER_GPU_A).summary())
                .isEqualTo("New chip GPU A (Acme GPU): 2,000 TFLOP/s peak, 50% serving efficiency, 1,000 W, $20000.00, 1-year life");
        assertThat(new SetModelMix(Quarter.of(2025, 1), SMALL.modelMix().valueAt(Quarter.of(2025, 1)).orElseThrow()).summary())
                .isEqualTo("Model mix from 2025Q1: chat 75%, reasoning 25%");
    }
}
