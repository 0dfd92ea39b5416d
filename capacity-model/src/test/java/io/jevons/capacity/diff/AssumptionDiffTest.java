package io.jevons.capacity.diff;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.change.CancelOrder;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetReboundElasticity;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
                new Difference(AssumptionFamily.PROCUREMENT, "order o1", "2 x gpu-a in 2025Q1 at $20000.00",
                        "4 x gpu-a in 2025Q1 at $20000.00"),
                new Difference(AssumptionFamily.PROCUREMENT, "order o2", "1 x asic-b in 2025Q2 at $10001.00", null),
                new Difference(AssumptionFamily.PROCUREMENT, "order o9", null, "7 x gpu-a in 2026Q2 at $19000.00"),
                new Difference(AssumptionFamily.REBOUND, "rebound elasticity", "0.0", "0.5"));
    }
}
