package io.jevons.capacity.accountability;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.change.ChangeOrderQuantity;
import io.jevons.capacity.change.SetDemandBaseline;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.projection.CapacityProjector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccountabilityTest {

    private final Assumptions then = DefaultScenario.assumptions();
    private final ProcurementOrder order = then.orders().get(0);

    @Test
    void theErrorThenSplitsIntoWhatEachFamilysChangesCorrectedAndWhatRemains() {
        BigDecimal plannedThen = chipsDelivered(then);
        List<AssumptionChange> since = List.of(
                new ChangeOrderQuantity(order.id(), order.quantity() + 1_000),
                new SetDemandBaseline(then.demand().requestsPerDay() * 2));
        BigDecimal actual = plannedThen.add(BigDecimal.valueOf(1_500));

        ForecastCheck check = Accountability.check(then, since,
                List.of(new Actual(order.deliveryQuarter(), MetricKind.CHIPS_DELIVERED, actual))).get(0);

        // the order change explains 1,000 of the 1,500 chips the plan missed; demand moves no delivery
        assertThat(check.forecastThen()).isEqualByComparingTo(plannedThen);
        assertThat(check.errorThen()).isEqualByComparingTo("-1500");
        assertThat(check.correctedBy()).containsOnlyKeys(AssumptionFamily.PROCUREMENT);
        assertThat(check.correctedBy().get(AssumptionFamily.PROCUREMENT)).isEqualByComparingTo("1000");
        assertThat(check.errorNow()).isEqualByComparingTo("-500");
    }

    @Test
    void theFamiliesCorrectionsSumExactlyToHowFarTheForecastMoved() {
        List<AssumptionChange> since = List.of(
                new SetDemandBaseline(then.demand().requestsPerDay() * 1.5),
                new ChangeOrderQuantity(order.id(), order.quantity() * 3));
        Actual tokens = new Actual(order.deliveryQuarter().plus(2), MetricKind.SERVED_TOKENS, new BigDecimal("1e15"));

        ForecastCheck check = Accountability.check(then, since, List.of(tokens)).get(0);

        BigDecimal moved = check.correctedBy().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(moved).isEqualByComparingTo(check.forecastNow().subtract(check.forecastThen()));
        assertThat(check.correctedBy()).containsKey(AssumptionFamily.DEMAND);
    }

    private BigDecimal chipsDelivered(Assumptions assumptions) {
        return Metric.ofQuarter(MetricKind.CHIPS_DELIVERED, order.deliveryQuarter())
                .valueIn(CapacityProjector.project(assumptions));
    }
}
