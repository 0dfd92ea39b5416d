package io.jevons.capacity.diff;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetDemandGrowth;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AssumptionDiffTest {

    static final Assumptions BEFORE = SmallScenario.ASSUMPTIONS;

    @Test
    void nothingDiffersFromItself() {
        assertThat(AssumptionDiff.between(BEFORE, BEFORE)).isEmpty();
    }

    @Test
    void namesEveryAddedRemovedAndChangedAssumption() {
        Assumptions after = new ChangeOrderQuantity(OrderId.of("o1"), 4).applyTo(BEFORE);
        after = new CancelOrder(OrderId.of("o2")).applyTo(after);
        after = new PlaceOrder(new ProcurementOrder(OrderId.of("o9"), SmallScenario.GPU_A, 7, Quarter.of(2026, 2),
                Usd.ofWholeDollars(19_000))).applyTo(after);
        after = new SetReboundElasticity(0.5).applyTo(after);

        assertThat(AssumptionDiff.between(BEFORE, after)).containsExactly(
                new Difference(AssumptionFamily.PROCUREMENT, "Order o1", "2 × gpu-a in 2025Q1 at $20,000",
                        "4 × gpu-a in 2025Q1 at $20,000"),
                new Difference(AssumptionFamily.PROCUREMENT, "Order o2", "1 × asic-b in 2025Q2 at $10,001", null),
                new Difference(AssumptionFamily.PROCUREMENT, "Order o9", null, "7 × gpu-a in 2026Q2 at $19,000"),
                new Difference(AssumptionFamily.REBOUND, "Rebound ε", "0", "0.5"));
    }

    @Test
    void aChangeTooSmallToReadIsStillADifference() {
        Assumptions before = new SetReboundElasticity(0.5).applyTo(BEFORE);
        Assumptions after = new SetReboundElasticity(0.5001).applyTo(BEFORE);

        assertThat(AssumptionDiff.between(before, after)).extracting(Difference::item).containsExactly("Rebound ε");
    }

    @Test
    void readsInThePlannersUnits() {
        Assumptions after = new SetDemandGrowth(Quarter.of(2025, 1), 0.12).applyTo(BEFORE);
        after = new SetModelMix(Quarter.of(2025, 1), new ModelMix(Map.of(SmallScenario.CHAT, 0.25, SmallScenario.REASONING, 0.75))).applyTo(after);

        assertThat(AssumptionDiff.between(BEFORE, after)).extracting(Difference::item, Difference::after).contains(
                tuple("Demand growth from 2025Q1", "12 %"));
        assertThat(AssumptionDiff.between(BEFORE, after)).filteredOn(d -> d.item().startsWith("Model mix"))
                .singleElement().extracting(Difference::after).asString().contains("25 %", "75 %").doesNotContain("0.25");
    }
}
