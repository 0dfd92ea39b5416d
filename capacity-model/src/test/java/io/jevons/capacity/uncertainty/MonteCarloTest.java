package io.jevons.capacity.uncertainty;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Distribution;
import io.jevons.capacity.assumptions.UncertainParameter;
import io.jevons.capacity.change.ClearAssumptionRange;
import io.jevons.capacity.change.SetAssumptionRange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {

    private static final Quarter Q = Quarter.of(2027, 4);

    @Test
    void theSameSeedGivesTheSameBandsAndAnotherSeedOtherBands() {
        Assumptions ranged = withRanges(DefaultScenario.assumptions());

        MonteCarloResult first = MonteCarlo.run(ranged, 500, 42);
        MonteCarloResult again = MonteCarlo.run(ranged, 500, 42);
        MonteCarloResult other = MonteCarlo.run(ranged, 500, 43);

        assertThat(again).isEqualTo(first);
        assertThat(other.quarters()).isNotEqualTo(first.quarters());
        assertThat(first.ranges()).containsExactly("CHIP_PRICE[h100]", "DEMAND_BASELINE", "ORDER_QUANTITY");
    }

    @Test
    void withoutRangesEveryBandIsTheProjectionItself() {
        Assumptions certain = DefaultScenario.assumptions();
        ProjectedQuarter projected = CapacityProjector.project(certain).quarter(Q);

        QuarterBands bands = bandsIn(MonteCarlo.run(certain, 20, 7), Q);

        assertThat(bands.demandFlopsPerSecond()).isEqualTo(new Band(projected.demandFlopsPerSecond(),
                projected.demandFlopsPerSecond(), projected.demandFlopsPerSecond()));
        assertThat(bands.costPerMillionTokensUsd().p50()).isEqualTo(projected.costPerMillionTokensUsd());
    }

    @Test
    void aRangeOnDemandSpreadsDemandAroundTheAssumptionAndLeavesSupplyAlone() {
        Assumptions assumptions = DefaultScenario.assumptions();
        ProjectedQuarter projected = CapacityProjector.project(assumptions).quarter(Q);
        Assumptions ranged = new SetAssumptionRange(new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null,
                0.5, 2, Distribution.UNIFORM)).applyTo(assumptions);

        QuarterBands bands = bandsIn(MonteCarlo.run(ranged, 2_000, 1), Q);

        // demand is proportional to the baseline: uniform factors on [0.5, 2] have P10 0.65, P50 1.25, P90 1.85
        double demand = projected.demandFlopsPerSecond();
        assertThat(bands.demandFlopsPerSecond().p10() / demand).isCloseTo(0.65, within(0.05));
        assertThat(bands.demandFlopsPerSecond().p50() / demand).isCloseTo(1.25, within(0.05));
        assertThat(bands.demandFlopsPerSecond().p90() / demand).isCloseTo(1.85, within(0.05));
        assertThat(bands.supplyFlopsPerSecond().p10()).isEqualTo(projected.supplyFlopsPerSecond());
        assertThat(bands.supplyFlopsPerSecond().p90()).isEqualTo(projected.supplyFlopsPerSecond());
        assertThat(bands.shortfallFlopsPerSecond().p10()).isLessThanOrEqualTo(bands.shortfallFlopsPerSecond().p90());
    }

    @Test
    void samplesThatBreakARuleAreCountedAndLeftOut() {
        // the default peak-to-average is 1.5: factors below 2/3 put the peak under the average, which the model refuses
        Assumptions ranged = new SetAssumptionRange(new AssumptionRange(UncertainParameter.PEAK_TO_AVERAGE, null,
                0.5, 1, Distribution.UNIFORM)).applyTo(DefaultScenario.assumptions());

        MonteCarloResult result = MonteCarlo.run(ranged, 1_000, 5);

        // a third of the uniform draws on [0.5, 1] fall below 2/3
        assertThat(result.rejected()).isBetween(280, 390);
    }

    @Test
    void triangularDrawsPeakAtTheAssumption() {
        assertThat(Distribution.TRIANGULAR.quantile(0, 0.5, 2)).isEqualTo(0.5);
        assertThat(Distribution.TRIANGULAR.quantile(1, 0.5, 2)).isEqualTo(2);
        // a third of the area lies below the mode 1 on [0.5, 2]
        assertThat(Distribution.TRIANGULAR.quantile(1.0 / 3, 0.5, 2)).isCloseTo(1, within(1e-12));
        assertThat(Distribution.UNIFORM.quantile(0.25, 0.5, 2)).isEqualTo(0.875);
    }

    @Test
    void rangesAreCheckedByTheModelsRulesAndCanBeTakenOff() {
        Assumptions assumptions = DefaultScenario.assumptions();

        assertThatThrownBy(() -> new SetAssumptionRange(new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null,
                1.2, 2, null)).applyTo(assumptions))
                .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("uncertainty[DEMAND_BASELINE].low");
        assertThatThrownBy(() -> new SetAssumptionRange(new AssumptionRange(UncertainParameter.CHIP_PRICE, "nope",
                0.9, 1.1, null)).applyTo(assumptions))
                .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("unknown chip type nope");
        assertThatThrownBy(() -> new SetAssumptionRange(new AssumptionRange(UncertainParameter.POWER_PRICE, "h100",
                0.9, 1.1, null)).applyTo(assumptions))
                .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("takes no target");
        assertThatThrownBy(() -> new ClearAssumptionRange("DEMAND_BASELINE").applyTo(assumptions))
                .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("no range on DEMAND_BASELINE");

        Assumptions ranged = withRanges(assumptions);
        assertThat(new ClearAssumptionRange("DEMAND_BASELINE").applyTo(ranged).uncertainty().ranges())
                .extracting(AssumptionRange::key).containsExactly("CHIP_PRICE[h100]", "ORDER_QUANTITY");
    }

    @Test
    void aRunHasBetweenOneAndTwentyThousandSamples() {
        assertThatThrownBy(() -> MonteCarlo.run(DefaultScenario.assumptions(), 0, 1))
                .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("samples");
    }

    static Assumptions withRanges(Assumptions assumptions) {
        Assumptions ranged = assumptions;
        for (AssumptionRange range : new AssumptionRange[]{
                new AssumptionRange(UncertainParameter.ORDER_QUANTITY, null, 0.7, 1.1, null),
                new AssumptionRange(UncertainParameter.DEMAND_BASELINE, null, 0.5, 2, null),
                new AssumptionRange(UncertainParameter.CHIP_PRICE, "h100", 0.9, 1.2, Distribution.UNIFORM)}) {
            ranged = new SetAssumptionRange(range).applyTo(ranged);
        }
        return ranged;
    }

    private static QuarterBands bandsIn(MonteCarloResult result, Quarter quarter) {
        return result.quarters().stream().filter(bands -> bands.quarter().equals(quarter)).findFirst().orElseThrow();
    }
}
