package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.assumptions.ChipKind;
import io.jevons.capacity.assumptions.ChipType;
import io.jevons.capacity.assumptions.ChipTypeId;
import io.jevons.capacity.assumptions.Demand;
import io.jevons.capacity.assumptions.Economics;
import io.jevons.capacity.assumptions.Efficiency;
import io.jevons.capacity.assumptions.EfficiencyScope;
import io.jevons.capacity.assumptions.EfficiencyStep;
import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.OrderId;
import io.jevons.capacity.assumptions.ProcurementOrder;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClass;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.capacity.SmallScenario;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The small scenario worked out by hand ({@link SmallScenario}): 2 workload classes, 2 chip types, 8 quarters.
 * Every expected number below is derived in a comment from the assumptions written out there.
 */
class CapacityProjectorTest {

    private static final Offset<Double> EXACT = within(1e-6);

    private final Projection projection = CapacityProjector.project(SmallScenario.ASSUMPTIONS);

    private ProjectedQuarter q(int year, int quarter) {
        return projection.quarter(Quarter.of(year, quarter));
    }

    @Test
    void demandPerClassIn2025Q1() {
        // 2,000 peak requests/s: chat 1,500/s x 200 tokens = 300,000 tok/s; reasoning 500/s x 1,100 = 550,000 tok/s
        List<ClassDemand> byClass = q(2025, 1).demandByClass();
        assertThat(byClass.get(0).requestsPerSecond()).isCloseTo(1_500, EXACT);
        assertThat(byClass.get(0).tokensPerSecond()).isCloseTo(300_000, EXACT);
        assertThat(byClass.get(0).demandFlopsPerSecond()).isCloseTo(3e14, within(1.0));
        assertThat(byClass.get(1).requestsPerSecond()).isCloseTo(500, EXACT);
        assertThat(byClass.get(1).tokensPerRequest()).isCloseTo(1_100, EXACT);
        assertThat(byClass.get(1).demandFlopsPerSecond()).isCloseTo(5.5e14, within(1.0));
        // 850,000 tok/s x 1e9 FLOPs/token
        assertThat(q(2025, 1).demandFlopsPerSecond()).isCloseTo(8.5e14, within(1.0));
    }

    @Test
    void growthAndTheEfficiencyStepIn2025Q3() {
        // 3,000 peak requests/s: chat 2,250 x 200 + reasoning 750 x 1,100 = 1,275,000 tok/s, halved by the 2x step
        assertThat(q(2025, 2).demandFlopsPerSecond()).isCloseTo(8.5e14, within(1.0));
        assertThat(q(2025, 3).demandFlopsPerSecond()).isCloseTo(6.375e14, within(1.0));
        assertThat(q(2025, 4).demandFlopsPerSecond()).isCloseTo(6.375e14, within(1.0)); // growth back to 0
        // 2026: 50/50 mix: 1,500 x 200 + 1,500 x 1,100 = 1,950,000 tok/s, / 2 -> 9.75e14
        assertThat(q(2026, 1).demandFlopsPerSecond()).isCloseTo(9.75e14, within(1.0));
    }

    @Test
    void fleetDeliveriesAndRetirements() {
        // gpu-a: 2 from 2025Q1, retired after 4 quarters in 2026Q1 when o3's 3 arrive; asic-b: 1 from 2025Q2
        assertThat(q(2025, 1).fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 2, 0, 2), new FleetCount(SmallScenario.ASIC_B, 0, 0, 0));
        assertThat(q(2025, 2).fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 0, 0, 2), new FleetCount(SmallScenario.ASIC_B, 1, 0, 1));
        assertThat(q(2026, 1).fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 3, 2, 3), new FleetCount(SmallScenario.ASIC_B, 0, 0, 1));
        assertThat(q(2026, 4).fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 0, 0, 3), new FleetCount(SmallScenario.ASIC_B, 0, 0, 1));
    }

    @Test
    void supplyUtilizationAndShortfall() {
        // 2025Q1: 2 x 5e14 x 0.64 = 6.4e14 against 8.5e14: utilization 1.328125, shortfall 2.1e14
        assertThat(q(2025, 1).supplyFlopsPerSecond()).isCloseTo(6.4e14, within(1.0));
        assertThat(q(2025, 1).utilization()).isCloseTo(1.328125, EXACT);
        assertThat(q(2025, 1).shortfallFlopsPerSecond()).isCloseTo(2.1e14, within(1.0));
        // 2025Q2: 3 chips -> 9.6e14; 8.5/9.6
        assertThat(q(2025, 2).supplyFlopsPerSecond()).isCloseTo(9.6e14, within(1.0));
        assertThat(q(2025, 2).utilization()).isCloseTo(8.5 / 9.6, EXACT);
        assertThat(q(2025, 2).shortfallFlopsPerSecond()).isZero();
        // 2026: 4 chips -> 1.28e15; 9.75/12.8 = 0.76171875
        assertThat(q(2026, 3).utilization()).isCloseTo(0.76171875, EXACT);
    }

    @Test
    void servedTokensAreTheAverageDemandCutByTheShortfall() {
        // 2025Q1: average 425,000 tok/s x 6.4/8.5 served = 320,000 tok/s x 90 days x 86,400 s
        assertThat(q(2025, 1).servedTokens()).isCloseTo(320_000.0 * 90 * 86_400, within(1e-2));
        // 2025Q2: no shortfall: 425,000 x 91 days
        assertThat(q(2025, 2).servedTokens()).isCloseTo(425_000.0 * 91 * 86_400, within(1e-2));
        // 2026Q3: 975,000 x 92 days
        assertThat(q(2026, 3).servedTokens()).isCloseTo(975_000.0 * 92 * 86_400, within(1e-2));
    }

    @Test
    void capexIsCashAtDelivery() {
        assertThat(q(2025, 1).capex()).isEqualTo(Usd.ofWholeDollars(40_000));
        assertThat(q(2025, 2).capex()).isEqualTo(Usd.ofWholeDollars(10_001));
        assertThat(q(2025, 3).capex()).isEqualTo(Usd.ZERO);
        assertThat(q(2026, 1).capex()).isEqualTo(Usd.ofWholeDollars(54_000));
    }

    @Test
    void depreciationIsStraightLineToTheCent() {
        // o1 $40,000 / 4 quarters = $10,000 in 2025; o3 $54,000 / 4 = $13,500 in 2026;
        // o2 $10,001 / 8 = $1,250.125: the 4 leftover cents go to its first 4 quarters ($1,250.13), then $1,250.12
        assertThat(q(2025, 1).depreciation()).isEqualTo(Usd.ofCents(1_000_000));
        assertThat(q(2025, 2).depreciation()).isEqualTo(Usd.ofCents(1_125_013));
        assertThat(q(2025, 4).depreciation()).isEqualTo(Usd.ofCents(1_125_013));
        assertThat(q(2026, 1).depreciation()).isEqualTo(Usd.ofCents(1_475_013));
        assertThat(q(2026, 2).depreciation()).isEqualTo(Usd.ofCents(1_475_012));
    }

    @Test
    void powerAndEnergyCost() {
        // 2025Q1: 2 x 1,000 W x PUE 1.5 = 3 kW x 2,160 h = 6,480 kWh x $0.10 = $648.00
        assertThat(q(2025, 1).powerMegawatts()).isCloseTo(0.003, EXACT);
        assertThat(q(2025, 1).energyCost()).isEqualTo(Usd.ofCents(64_800));
        // 2025Q2: (2 x 1,000 + 500) x 1.5 = 3.75 kW x 2,184 h = 8,190 kWh = $819.00
        assertThat(q(2025, 2).energyCost()).isEqualTo(Usd.ofCents(81_900));
        // 2026Q2: (3 x 1,000 + 500) x 1.5 = 5.25 kW x 2,184 h = 11,466 kWh = $1,146.60
        assertThat(q(2026, 2).energyCost()).isEqualTo(Usd.ofCents(114_660));
    }

    @Test
    void costPerMillionTokensCountsOnlyTheInferenceShare() {
        // 2025Q1: ($10,000 + $648) x (1 - 0.2) = $8,518.40 over 2.48832e12 tokens -> $0.0034233.../M
        assertThat(q(2025, 1).inferenceCost()).isEqualTo(Usd.ofCents(851_840));
        assertThat(q(2025, 1).costPerMillionTokensUsd()).isCloseTo(8_518.40 / 2.48832e6, within(1e-12));
        // 2025Q2: ($11,250.13 + $819) x 0.8 = $9,655.304 -> rounded half-even to $9,655.30
        assertThat(q(2025, 2).inferenceCost()).isEqualTo(Usd.ofCents(965_530));
    }

    @Test
    void vendorAndKindSharesOfInstalledServingFlops() {
        assertThat(q(2025, 1).shareOf("Acme")).isCloseTo(1.0, EXACT);
        assertThat(q(2025, 2).shareOf("Acme")).isCloseTo(2.0 / 3, EXACT);
        assertThat(q(2025, 2).shareOf("Bolt")).isCloseTo(1.0 / 3, EXACT);
        assertThat(q(2026, 1).shareOf("GPU")).isCloseTo(0.75, EXACT);
        assertThat(q(2026, 1).shareOf("ASIC")).isCloseTo(0.25, EXACT);
    }

    @Test
    void yearlyRollups() {
        ProjectedYear y2025 = projection.year(2025);
        assertThat(y2025.quarters()).isEqualTo(4);
        assertThat(y2025.capex()).isEqualTo(Usd.ofCents(5_000_100));                     // $40,000 + $10,001
        assertThat(y2025.depreciation()).isEqualTo(Usd.ofCents(4_375_039));              // 10,000 + 3 x 11,250.13
        assertThat(y2025.energyCost()).isEqualTo(Usd.ofCents(312_300));                  // 648 + 819 + 828 + 828
        assertThat(y2025.peakUtilization()).isCloseTo(1.328125, EXACT);
        assertThat(y2025.averageDemandFlopsPerSecond()).isCloseTo((8.5e14 * 2 + 6.375e14 * 2) / 4, within(1.0));
        assertThat(y2025.fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 2, 0, 2), new FleetCount(SmallScenario.ASIC_B, 1, 0, 1));

        ProjectedYear y2026 = projection.year(2026);
        assertThat(y2026.depreciation()).isEqualTo(Usd.ofCents(5_900_049));              // 14,750.13 + 3 x 14,750.12
        assertThat(y2026.energyCost()).isEqualTo(Usd.ofCents(459_900));                  // 1,134 + 1,146.60 + 2 x 1,159.20
        assertThat(y2026.fleet()).containsExactly(new FleetCount(SmallScenario.GPU_A, 3, 2, 3), new FleetCount(SmallScenario.ASIC_B, 0, 0, 1));
        assertThat(y2026.costPerMillionTokensUsd())
                .isCloseTo(y2026.inferenceCost().dollarsApprox() / (y2026.servedTokens() / 1e6), within(1e-12));
    }

    @Test
    void warnsInsteadOfSilentlyProjectingZero() {
        Projection empty = CapacityProjector.project(Assumptions.empty(new Horizon(Quarter.of(2025, 1), Quarter.of(2025, 1))));
        assertThat(empty.warnings()).contains("no workload classes: demand is zero", "no requests per day: demand is zero",
                "no procurement orders: supply is zero");
        assertThat(empty.quarters().get(0).utilization()).isNull();
        assertThat(empty.quarters().get(0).costPerMillionTokensUsd()).isNull();
        assertThat(projection.warnings()).isEmpty();
    }
}
