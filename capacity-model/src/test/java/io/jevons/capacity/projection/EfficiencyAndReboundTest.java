package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.Demand;
import io.jevons.capacity.assumptions.Efficiency;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One class, 1 request/s on average (86,400/day), peak 1x, 1,000 output tokens, 1e9 FLOPs per token:
 * 1e12 FLOP/s of demand before any efficiency gain.
 */
class EfficiencyAndReboundTest {

    static final WorkloadClassId CHAT = WorkloadClassId.of("chat");
    static final WorkloadClassId CODE = WorkloadClassId.of("code");
    static final Quarter START = Quarter.of(2025, 1);

    static Assumptions oneClass() {
        return Assumptions.empty(new Horizon(START, Quarter.of(2027, 1)))
                .withDemand(Demand.NONE.withRequestsPerDay(86_400).withPeakToAverage(1))
                .withWorkloadClass(WorkloadClass.of(CHAT, "Chat", START, new TokenProfile(1000, 0, 1e9)))
                .withModelMixFrom(START, new ModelMix(Map.of(CHAT, 1.0)));
    }

    @Test
    void anAnnualRateCompoundsQuarterly() {
        // 44% a year = 1.44^(1/4) = 1.0954... a quarter: after 4 quarters FLOPs per token are 1/1.44, after 8 1/1.44^2
        Assumptions assumptions = oneClass()
                .withEfficiency(Efficiency.NONE.withAnnualGainFrom(EfficiencyScope.ALL, Quarter.of(2025, 2), 0.44));
        Projection projection = CapacityProjector.project(assumptions);

        assertThat(projection.quarter(START).demandFlopsPerSecond()).isCloseTo(1e12, within(1e-3));
        assertThat(projection.quarter(Quarter.of(2026, 1)).demandFlopsPerSecond()).isCloseTo(1e12 / 1.44, within(1e-3));
        assertThat(projection.quarter(Quarter.of(2027, 1)).demandFlopsPerSecond()).isCloseTo(1e12 / (1.44 * 1.44), within(1e-3));
    }

    @Test
    void stepsAndRatesOfAllClassesAndOfOneClassCompound() {
        Assumptions assumptions = oneClass()
                .withWorkloadClass(WorkloadClass.of(CODE, "Code", START, new TokenProfile(1000, 0, 1e9)))
                .withModelMixFrom(START, new ModelMix(Map.of(CHAT, 0.5, CODE, 0.5)))
                .withEfficiency(Efficiency.NONE
                        .withStep(new EfficiencyStep(Quarter.of(2025, 2), EfficiencyScope.ALL, 10, "DeepSeek R1"))
                        .withStep(new EfficiencyStep(Quarter.of(2025, 3), EfficiencyScope.of(CODE), 2, "speculative decoding")));
        ProjectedQuarter q3 = CapacityProjector.project(assumptions).quarter(Quarter.of(2025, 3));

        // each class carries 5e11 FLOP/s before gains: chat / 10, code / 10 / 2
        assertThat(q3.demandByClass().get(0).demandFlopsPerSecond()).isCloseTo(5e10, within(1e-3));
        assertThat(q3.demandByClass().get(1).demandFlopsPerSecond()).isCloseTo(2.5e10, within(1e-3));
    }

    @Test
    void theReboundGrowsTokensPerRequestWithEfficiencyToThePowerEpsilon() {
        // 10x cheaper tokens with rebound 0.8: 10^0.8 = 6.3096x the tokens per request, demand FLOPs x 10^-0.2
        Assumptions assumptions = oneClass()
                .withEfficiency(Efficiency.NONE.withStep(new EfficiencyStep(Quarter.of(2025, 2), EfficiencyScope.ALL, 10, "R1")))
                .withReboundElasticity(0.8);
        ProjectedQuarter before = CapacityProjector.project(assumptions).quarter(START);
        ProjectedQuarter after = CapacityProjector.project(assumptions).quarter(Quarter.of(2025, 2));

        assertThat(before.demandByClass().get(0).tokensPerRequest()).isCloseTo(1000, within(1e-9));
        assertThat(after.demandByClass().get(0).tokensPerRequest()).isCloseTo(1000 * Math.pow(10, 0.8), within(1e-6));
        assertThat(after.demandFlopsPerSecond()).isCloseTo(1e12 * Math.pow(10, -0.2), within(1e-1));
    }

    @Test
    void fullReboundKeepsDemandFlopsAndNoReboundPassesTheWholeGain() {
        Assumptions stepped = oneClass().withEfficiency(
                Efficiency.NONE.withStep(new EfficiencyStep(Quarter.of(2025, 2), EfficiencyScope.ALL, 10, "R1")));

        double fullRebound = CapacityProjector.project(stepped.withReboundElasticity(1))
                .quarter(Quarter.of(2025, 2)).demandFlopsPerSecond();
        double noRebound = CapacityProjector.project(stepped.withReboundElasticity(0))
                .quarter(Quarter.of(2025, 2)).demandFlopsPerSecond();

        assertThat(fullRebound).isCloseTo(1e12, within(1e-2));
        assertThat(noRebound).isCloseTo(1e11, within(1e-3));
    }
}
