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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Valid assumptions of every shape, from a seed, for checking the projection's invariants. */
final class RandomAssumptions {

    private static final String[] VENDORS = {"NVIDIA", "AMD", "Google", "AWS"};

    private final SplittableRandom random;

    RandomAssumptions(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Assumptions next() {
        Quarter first = Quarter.of(2024, 1).plus(random.nextInt(9));
        Horizon horizon = new Horizon(first, first.plus(random.nextInt(40)));
        Assumptions a = Assumptions.empty(horizon).withDemand(demand(horizon));

        List<WorkloadClassId> classes = new ArrayList<>();
        int classCount = 1 + random.nextInt(4);
        for (int c = 0; c < classCount; c++) {
            WorkloadClassId id = WorkloadClassId.of("class-" + c);
            classes.add(id);
            WorkloadClass workloadClass = WorkloadClass.of(id, "Class " + c, first, profile());
            if (random.nextBoolean()) {
                workloadClass = workloadClass.withTokensFrom(quarterIn(horizon), profile());
            }
            a = a.withWorkloadClass(workloadClass);
        }
        a = a.withModelMixFrom(first, mix(classes));
        for (int m = random.nextInt(3); m > 0; m--) {
            a = a.withModelMixFrom(quarterIn(horizon), mix(classes));
        }
        a = a.withEfficiency(efficiency(horizon, classes));

        List<ChipType> chips = new ArrayList<>();
        for (int t = 1 + random.nextInt(4); t > 0; t--) {
            ChipType chip = new ChipType(ChipTypeId.of("chip-" + t), "Chip " + t, VENDORS[random.nextInt(VENDORS.length)],
                    random.nextBoolean() ? ChipKind.GPU : ChipKind.ASIC, Math.pow(10, 14 + 2 * random.nextDouble()),
                    80, 100 + random.nextInt(1900), dollars(1_000, 60_000), (1 + random.nextInt(32)) / 4.0,
                    0.05 + 0.85 * random.nextDouble());
            chips.add(chip);
            a = a.withChipType(chip);
        }
        for (int o = random.nextInt(31); o > 0; o--) {
            ChipType chip = chips.get(random.nextInt(chips.size()));
            a = a.withOrder(new ProcurementOrder(OrderId.of("order-" + o), chip.id(), 1 + random.nextInt(100_000),
                    quarterIn(horizon), dollars(1_000, 60_000)));
        }
        a = a.withEconomicsFrom(first, economics());
        if (random.nextBoolean()) {
            a = a.withEconomicsFrom(quarterIn(horizon), economics());
        }
        return a.withReboundElasticity(random.nextDouble());
    }

    private Demand demand(Horizon horizon) {
        Demand demand = Demand.NONE.withRequestsPerDay(Math.pow(10, 3 + 9 * random.nextDouble()))
                .withPeakToAverage(1 + 2 * random.nextDouble())
                .withInputTokenWeight(random.nextDouble());
        for (int g = random.nextInt(4); g > 0; g--) {
            demand = demand.withGrowthFrom(quarterIn(horizon), -0.5 + 1.5 * random.nextDouble());
        }
        return demand;
    }

    private TokenProfile profile() {
        return new TokenProfile(Math.pow(10, 1 + 4 * random.nextDouble()), Math.pow(10, 1 + 4 * random.nextDouble()),
                Math.pow(10, 9 + 3 * random.nextDouble()));
    }

    private ModelMix mix(List<WorkloadClassId> classes) {
        double[] weights = new double[classes.size()];
        double total = 0;
        for (int c = 0; c < weights.length; c++) {
            weights[c] = random.nextDouble() + 1e-3;
            total += weights[c];
        }
        Map<WorkloadClassId, Double> shares = new HashMap<>();
        for (int c = 0; c < weights.length; c++) {
            shares.put(classes.get(c), weights[c] / total);
        }
        return new ModelMix(shares);
    }

    private Efficiency efficiency(Horizon horizon, List<WorkloadClassId> classes) {
        Efficiency efficiency = Efficiency.NONE;
        for (int s = random.nextInt(4); s > 0; s--) {
            efficiency = efficiency.withStep(new EfficiencyStep(quarterIn(horizon), scope(classes),
                    1 + 19 * random.nextDouble(), "step " + s));
        }
        for (int r = random.nextInt(3); r > 0; r--) {
            efficiency = efficiency.withAnnualGainFrom(scope(classes), quarterIn(horizon), random.nextDouble());
        }
        return efficiency;
    }

    private EfficiencyScope scope(List<WorkloadClassId> classes) {
        return random.nextBoolean() ? EfficiencyScope.ALL : EfficiencyScope.of(classes.get(random.nextInt(classes.size())));
    }

    private Economics economics() {
        return new Economics(0.02 + 0.2 * random.nextDouble(), 1 + random.nextDouble(), 0.5 * random.nextDouble(),
                0.5 + 0.5 * random.nextDouble());
    }

    private Quarter quarterIn(Horizon horizon) {
        return horizon.first().plus(random.nextInt(horizon.quarterCount()));
    }

    private Usd dollars(long low, long high) {
        return Usd.ofCents(low * 100 + random.nextLong((high - low) * 100));
    }
}
