package io.jevons.capacity.uncertainty;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.capacity.defaults.DefaultScenario;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TornadoTest {

    @Test
    void swingsAreSortedWidestFirstAndEachIsTheMetricAtTheRangesEnds() {
        Assumptions ranged = range(range(range(DefaultScenario.assumptions(),
                UncertainParameter.POWER_PRICE, null, 0.8, 1.2),
                UncertainParameter.CHIP_PRICE, null, 0.9, 1.1),
                UncertainParameter.DEMAND_BASELINE, null, 0.5, 2);
        Metric capex2026 = Metric.ofYear(MetricKind.CAPEX, 2026);

        Tornado tornado = Tornado.of(ranged, capex2026);

        // capex is cash for chips: the chip price moves it in proportion, power price and demand not at all
        assertThat(tornado.swings()).extracting(Swing::key)
                .containsExactly("CHIP_PRICE", "DEMAND_BASELINE", "POWER_PRICE");
        Swing price = tornado.swings().get(0);
        assertThat(price.atLow().doubleValue() / tornado.base().doubleValue()).isCloseTo(0.9, within(1e-6));
        assertThat(price.atHigh().doubleValue() / tornado.base().doubleValue()).isCloseTo(1.1, within(1e-6));
        assertThat(tornado.swings().get(1).width()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aMetricThatBothEndsMoveRanksAboveOneThatMovesLess() {
        Assumptions ranged = range(range(DefaultScenario.assumptions(),
                UncertainParameter.POWER_PRICE, null, 0.5, 2),
                UncertainParameter.CHIP_PRICE, "h100", 0.99, 1.01);
        Metric cost = Metric.ofYear(MetricKind.TOTAL_COST, 2028);

        Tornado tornado = Tornado.of(ranged, cost);

        assertThat(tornado.swings().get(0).width()).isGreaterThan(tornado.swings().get(1).width());
        assertThat(tornado.swings()).allSatisfy(swing ->
                assertThat(swing.atLow()).isLessThanOrEqualTo(swing.atHigh()));
    }

    private static Assumptions range(Assumptions assumptions, UncertainParameter parameter, String target, double low,
                                     double high) {
        return new SetAssumptionRange(new AssumptionRange(parameter, target, low, high, null)).applyTo(assumptions);
    }
}
