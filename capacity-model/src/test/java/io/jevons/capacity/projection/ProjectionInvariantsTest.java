package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the projection on {@value #SCENARIOS} random valid scenarios each. A failure names the seed,
 * so {@code new RandomAssumptions(seed).next()} reproduces it.
 */
class ProjectionInvariantsTest {

    private static final int SCENARIOS = 400;
    private static final double RELATIVE_TOLERANCE = 1e-12;

    @Test
    void doublingTheFleetNeverLowersSupply() {
        forEachScenario((seed, a) -> {
            Assumptions doubled = a;
            for (ProcurementOrder order : a.orders()) {
                doubled = doubled.withOrder(order.withQuantity(order.quantity() * 2));
            }
            List<ProjectedQuarter> before = CapacityProjector.project(a).quarters();
            List<ProjectedQuarter> after = CapacityProjector.project(doubled).quarters();
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).supplyFlopsPerSecond()).as("seed %d, %s", seed, before.get(i).quarter())
                        .isGreaterThanOrEqualTo(before.get(i).supplyFlopsPerSecond());
            }
        });
    }

    @Test
    void anEfficiencyGainNeverRaisesDemandFlops() {
        forEachScenario((seed, a) -> {
            Quarter at = a.horizon().first().plus((int) (seed % a.horizon().quarterCount()));
            // a step replaces one of the same quarter and scope, so the gain multiplies any that is there
            double existing = a.efficiency().steps().stream()
                    .filter(step -> step.quarter().equals(at) && step.scope().isAll())
                    .mapToDouble(EfficiencyStep::factor).findFirst().orElse(1);
            Assumptions gained = a.withEfficiency(a.efficiency().withStep(
                    new EfficiencyStep(at, EfficiencyScope.ALL, existing * (1.5 + seed % 7), "property gain")));
            List<ProjectedQuarter> before = CapacityProjector.project(a).quarters();
            List<ProjectedQuarter> after = CapacityProjector.project(gained).quarters();
            for (int i = 0; i < before.size(); i++) {
                double limit = before.get(i).demandFlopsPerSecond() * (1 + RELATIVE_TOLERANCE);
                assertThat(after.get(i).demandFlopsPerSecond()).as("seed %d, %s", seed, before.get(i).quarter())
                        .isLessThanOrEqualTo(limit);
            }
        });
    }

    @Test
    void servedTokensNeverExceedDemandedTokens() {
        forEachScenario((seed, a) -> {
            for (ProjectedQuarter q : CapacityProjector.project(a).quarters()) {
                double peakTokensPerSecond = q.demandByClass().stream().mapToDouble(ClassDemand::tokensPerSecond).sum();
                double demanded = peakTokensPerSecond / a.demand().peakToAverage() * q.quarter().seconds();
                assertThat(q.servedTokens()).as("seed %d, %s", seed, q.quarter())
                        .isLessThanOrEqualTo(demanded * (1 + RELATIVE_TOLERANCE));
            }
        });
    }

    @Test
    void moneySumsAreExact() {
        forEachScenario((seed, a) -> {
            Projection projection = CapacityProjector.project(a);
            Usd ordered = sum(a.orders().stream().map(ProcurementOrder::cost).toList());
            assertThat(sum(projection.quarters().stream().map(ProjectedQuarter::capex).toList()))
                    .as("seed %d: quarterly capex adds up to the orders", seed).isEqualTo(ordered);
            assertThat(sum(projection.years().stream().map(ProjectedYear::capex).toList()))
                    .as("seed %d: yearly capex", seed).isEqualTo(ordered);
            assertThat(sum(projection.years().stream().map(ProjectedYear::depreciation).toList()))
                    .isEqualTo(sum(projection.quarters().stream().map(ProjectedQuarter::depreciation).toList()));
            assertThat(sum(projection.years().stream().map(ProjectedYear::energyCost).toList()))
                    .isEqualTo(sum(projection.quarters().stream().map(ProjectedQuarter::energyCost).toList()));
        });
    }

    @Test
    void anOrderWhoseLifeEndsInTheHorizonDepreciatesToExactlyItsCost() {
        forEachScenario((seed, a) -> {
            for (ProcurementOrder order : a.orders()) {
                ChipType chip = a.chipType(order.chipType()).orElseThrow();
                int delivered = a.horizon().indexOf(order.deliveryQuarter());
                if (delivered + chip.usefulLifeQuarters() > a.horizon().quarterCount()) {
                    continue;
                }
                Assumptions alone = a;
                for (ProcurementOrder other : a.orders()) {
                    if (!other.id().equals(order.id())) {
                        alone = alone.withoutOrder(other.id());
                    }
                }
                Usd depreciated = sum(CapacityProjector.project(alone).quarters().stream()
                        .map(ProjectedQuarter::depreciation).toList());
                assertThat(depreciated).as("seed %d, order %s", seed, order.id()).isEqualTo(order.cost());
            }
        });
    }

    @Test
    void everyFigureIsFiniteAndUtilizationIsUndefinedOnlyWithoutSupply() {
        forEachScenario((seed, a) -> {
            for (ProjectedQuarter q : CapacityProjector.project(a).quarters()) {
                assertThat(List.of(q.demandFlopsPerSecond(), q.supplyFlopsPerSecond(), q.servedTokens(),
                        q.shortfallFlopsPerSecond(), q.powerMegawatts())).as("seed %d", seed).allMatch(Double::isFinite);
                assertThat(q.utilization() == null).as("seed %d, %s", seed, q.quarter())
                        .isEqualTo(q.supplyFlopsPerSecond() == 0);
            }
        });
    }

    private static void forEachScenario(BiConsumer<Long, Assumptions> property) {
        for (long seed = 1; seed <= SCENARIOS; seed++) {
            property.accept(seed, new RandomAssumptions(seed).next());
        }
    }

    private static Usd sum(List<Usd> amounts) {
        Usd total = Usd.ZERO;
        for (Usd amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }
}
