package io.jevons.capacity.attribution;

import io.jevons.capacity.SmallScenario;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.change.ChangeOrderPrice;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.PlaceOrder;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.change.SetEfficiencyStep;
import io.jevons.capacity.defaults.DatedChange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttributionsTest {

    static final Quarter Q1 = Quarter.of(2025, 1);
    static final ChipTypeId GPU_A = ChipTypeId.of("gpu-a");
    /** The hand-checked scenario: 86,400,000 requests/day, two chip types, three orders. */
    static final Assumptions SMALL = SmallScenario.ASSUMPTIONS;

    @Test
    void theSequentialWaterfallGivesEachChangeItsEffectAfterTheOnesBefore() {
        Metric capex2025 = Metric.ofYear(MetricKind.CAPEX, 2025);
        List<LabelledChange> changes = List.of(
                new LabelledChange("o1 at $24,000", new ChangeOrderPrice(OrderId.of("o1"), Usd.ofWholeDollars(24_000))),
                new LabelledChange("o1 doubled", new ChangeOrderQuantity(OrderId.of("o1"), 4)));

        Attribution waterfall = Attributions.sequential(SMALL, changes, capex2025);

        // capex 2025: $40,000 + $10,001; +2 x $4,000 = $8,000; then 2 more chips at $24,000 = $48,000
        assertThat(waterfall.before()).isEqualByComparingTo("50001.00");
        assertThat(waterfall.contributions()).extracting(Contribution::delta)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("8000"), new BigDecimal("48000"));
        assertThat(waterfall.after()).isEqualByComparingTo("106001.00");
    }

    @Test
    void shapleySplitsAnInteractionEvenlyWhereTheWaterfallDependsOnOrder() {
        // demand D = 8.5e14 FLOP/s in 2025Q1; A doubles requests (+D alone), B halves FLOPs/token (-D/2 alone);
        // together they cancel: Shapley A = (D + D/2)/2 = +0.75 D, B = -0.75 D; sequential A then B = +D, -D
        Metric demand = Metric.ofQuarter(MetricKind.DEMAND_FLOPS, Q1);
        List<LabelledChange> changes = List.of(
                new LabelledChange("A: double requests", new SetDemandBaseline(2 * 86_400_000.0)),
                new LabelledChange("B: 2x efficiency", new SetEfficiencyStep(new EfficiencyStep(Q1, EfficiencyScope.ALL, 2, "B"))));
        BigDecimal d = Metric.ofQuarter(MetricKind.DEMAND_FLOPS, Q1).valueIn(
                CapacityProjector.project(SMALL));

        Attribution shapley = Attributions.shapley(SMALL, changes, demand);
        Attribution sequential = Attributions.sequential(SMALL, changes, demand);

        assertThat(shapley.contributions().get(0).delta().doubleValue()).isCloseTo(0.75 * d.doubleValue(), within(d));
        assertThat(shapley.contributions().get(1).delta().doubleValue()).isCloseTo(-0.75 * d.doubleValue(), within(d));
        assertThat(sequential.contributions().get(0).delta().doubleValue()).isCloseTo(d.doubleValue(), within(d));
        assertThat(sequential.contributions().get(1).delta().doubleValue()).isCloseTo(-d.doubleValue(), within(d));
        assertSumsExactly(shapley);
        assertSumsExactly(sequential);
    }

    @Test
    void aChangeThatNeedsAnExcludedChangeCountsAsNotMadeInThatSubset() {
        // P places 10 chips at $20,000 (c = $200,000 of capex), Q doubles that order; Q alone is impossible:
        // Shapley P = (c + 2c)/2 = 1.5c = $300,000, Q = (0 + c)/2 = 0.5c = $100,000
        ProcurementOrder o9 = new ProcurementOrder(OrderId.of("o9"), GPU_A, 10, Q1, Usd.ofWholeDollars(20_000));
        List<LabelledChange> changes = List.of(new LabelledChange("P", new PlaceOrder(o9)),
                new LabelledChange("Q", new ChangeOrderQuantity(OrderId.of("o9"), 20)));

        Attribution shapley = Attributions.shapley(SMALL, changes, Metric.ofYear(MetricKind.CAPEX, 2025));

        assertThat(shapley.contributions().get(0).delta()).isEqualByComparingTo("300000");
        assertThat(shapley.contributions().get(1).delta()).isEqualByComparingTo("100000");
        assertSumsExactly(shapley);
    }

    @Test
    void twelveChangesOfTheDefaultScenarioSumExactlyToTheTotalChange() {
        List<DatedChange> history = DefaultScenario.history();
        List<DatedChange> last12 = pickTwelveSpreadOver(history);
        Assumptions base = applyAllBut(history, last12);
        List<LabelledChange> changes = last12.stream()
                .map(c -> new LabelledChange(c.reason(), c.change())).toList();

        for (String metric : List.of("total-cost:2027", "cost-per-million-tokens:2027Q1", "utilization:2028Q1")) {
            Attribution shapley = Attributions.shapley(base, changes, Metric.parse(metric));
            Attribution sequential = Attributions.sequential(base, changes, Metric.parse(metric));
            assertSumsExactly(shapley);
            assertSumsExactly(sequential);
            assertThat(shapley.after()).isEqualByComparingTo(sequential.after());
            assertThat(shapley.totalChange().signum()).as(metric).isNotZero();
        }
    }

    @Test
    void refusesMoreThanTwelveChangesForShapley() {
        List<LabelledChange> thirteen = Collections.nCopies(13, new LabelledChange("x", new SetDemandBaseline(1)));
        assertThatThrownBy(() -> Attributions.shapley(SMALL, thirteen, Metric.parse("capex:2025")))
                .isInstanceOf(InvalidAssumptionsException.class)
                .hasMessageContaining("at most 12 changes");
    }

    @Test
    void parsesMetricsAndRefusesUnknownOnes() {
        assertThat(Metric.parse("total-cost:2027")).isEqualTo(Metric.ofYear(MetricKind.TOTAL_COST, 2027));
        assertThat(Metric.parse("cost-per-million-tokens:2027Q1"))
                .isEqualTo(Metric.ofQuarter(MetricKind.COST_PER_MILLION_TOKENS, Quarter.of(2027, 1)));
        assertThatThrownBy(() -> Metric.parse("happiness:2027")).hasMessageContaining("unknown metric 'happiness'");
        assertThatThrownBy(() -> Metric.parse("total-cost:2027Q1")).hasMessageContaining("total-cost is a yearly metric");
        assertThatThrownBy(() -> Metric.parse("total-cost:2031").valueIn(
                CapacityProjector.project(SMALL))).hasMessageContaining("outside the horizon");
    }

    @Test
    void anUndefinedMetricIsRefusedNotTreatedAsZero() {
        Assumptions noOrders = SMALL.withoutOrder(OrderId.of("o1")).withoutOrder(OrderId.of("o2")).withoutOrder(OrderId.of("o3"));
        assertThatThrownBy(() -> Attributions.sequential(noOrders, List.of(), Metric.parse("cost-per-million-tokens:2025Q1")))
                .isInstanceOf(UndefinedMetricException.class);
    }

    private static List<DatedChange> pickTwelveSpreadOver(List<DatedChange> history) {
        List<DatedChange> picked = new ArrayList<>();
        int step = history.size() / 12;
        for (int i = 0; i < 12; i++) {
            picked.add(history.get(history.size() - 1 - i * step));
        }
        Collections.reverse(picked);
        return picked;
    }

    private static Assumptions applyAllBut(List<DatedChange> history, List<DatedChange> excluded) {
        Assumptions assumptions = Assumptions.empty(DefaultScenario.HORIZON);
        for (DatedChange change : history) {
            if (!excluded.contains(change)) {
                assumptions = change.change().applyTo(assumptions);
            }
        }
        return assumptions;
    }

    private static void assertSumsExactly(Attribution attribution) {
        BigDecimal sum = attribution.contributions().stream().map(Contribution::delta).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(attribution.totalChange());
    }

    private static Offset<Double> within(BigDecimal scale) {
        return Offset.offset(scale.doubleValue() * 1e-9);
    }
}
