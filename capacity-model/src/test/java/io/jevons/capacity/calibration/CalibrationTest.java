package io.jevons.capacity.calibration;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.time.Quarter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CalibrationTest {

    static final Assumptions SMALL = SmallScenario.ASSUMPTIONS;
    static final Projection PROJECTION = CapacityProjector.project(SMALL);
    static final Quarter Q1_2025 = Quarter.of(2025, 1);

    @Test
    void readsTokensAndRequestsAsAveragesOfTheQuarter() {
        // 86.4 M requests a day; 75 % chat (100 out + 200 in), 25 % reasoning (1,000 out + 200 in): 525 tokens each
        double tokensPerMonth = 86.4e6 * 525 * 365.25 / 12;
        List<AnchorCheck> checks = Calibration.check(SMALL, PROJECTION, List.of(
                anchor(Quantity.TOKENS_PER_MONTH, null, tokensPerMonth * 2, Bound.AROUND, 1.5),
                anchor(Quantity.REQUESTS_PER_DAY, null, 86.4e6, Bound.AROUND, 1.01)));

        assertThat(checks.get(0).modelValue()).isCloseTo(tokensPerMonth, within(1.0));
        assertThat(checks.get(0).ratio()).isCloseTo(0.5, within(1e-9));
        assertThat(checks.get(0).holds()).as("half the anchor is outside 1.5x").isFalse();
        assertThat(checks.get(1).modelValue()).isCloseTo(86.4e6, within(1e-3));
        assertThat(checks.get(1).holds()).isTrue();
    }

    @Test
    void ceilingsFloorsSharesAndCapex() {
        List<AnchorCheck> checks = Calibration.check(SMALL, PROJECTION, List.of(
                anchor(Quantity.SERVING_EFFICIENCY, "gpu-a", 0.4, Bound.AT_MOST, 1),
                anchor(Quantity.INFERENCE_SHARE, null, 0.9, Bound.AT_LEAST, 1),
                anchor(Quantity.CHIP_CAPEX_PER_YEAR, null, 50_001, Bound.AROUND, 1.5),
                anchor(Quantity.SERVING_SHARE, "Acme", 0.5, Bound.AROUND, 3)));

        assertThat(checks.get(0).modelValue()).isEqualTo(0.5);
        assertThat(checks.get(0).holds()).as("0.5 is above the ceiling of 0.4").isFalse();
        assertThat(checks.get(1).modelValue()).isCloseTo(0.8, within(1e-12));
        assertThat(checks.get(1).holds()).as("a training reserve of 20 % leaves 80 %").isFalse();
        assertThat(checks.get(2).modelValue()).as("o1 2 x $20,000 and o2 1 x $10,001 in 2025").isEqualTo(50_001);
        assertThat(checks.get(2).holds()).isTrue();
        assertThat(checks.get(3).modelValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aQuantityTheModelDoesNotHaveNeverHolds() {
        List<AnchorCheck> checks = Calibration.check(SMALL, PROJECTION, List.of(
                anchor(Quantity.SERVING_EFFICIENCY, "no-such-chip", 0.4, Bound.AT_MOST, 1),
                new Anchor("outside", "Before the horizon", Quantity.REQUESTS_PER_DAY, null, Quarter.of(2020, 1), 1,
                        Bound.AROUND, 2, LocalDate.of(2020, 1, 1), "a test", "nothing")));

        assertThat(checks).allSatisfy(check -> {
            assertThat(check.modelValue()).isNull();
            assertThat(check.holds()).isFalse();
        });
    }

    @Test
    void refusesAnchorsThatCannotBeHeld() {
        assertThatThrownBy(() -> anchor(Quantity.REQUESTS_PER_DAY, null, 0, Bound.AROUND, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anchor(Quantity.REQUESTS_PER_DAY, null, 10, Bound.AROUND, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Anchor anchor(Quantity quantity, String subject, double value, Bound bound, double tolerance) {
        return new Anchor(quantity.name(), quantity.name(), quantity, subject, Q1_2025, value, bound, tolerance,
                LocalDate.of(2025, 1, 1), "a test", "a test");
    }
}
