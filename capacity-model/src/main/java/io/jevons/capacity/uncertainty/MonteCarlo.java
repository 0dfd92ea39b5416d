package io.jevons.capacity.uncertainty;

import io.jevons.capacity.assumptions.AssumptionRange;
import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Samples the ranges of a scenario's assumptions: each sample draws one factor per range (independently, from its
 * distribution), projects the scaled assumptions and keeps demand, supply, shortfall and cost per million tokens
 * per quarter; the bands are their percentiles. Draws come from a {@link SplittableRandom} seeded with
 * {@code seed}, every sample drawing all its factors, so a rerun with the same seed is identical.
 */
public final class MonteCarlo {

    public static final int MAX_SAMPLES = 20_000;

    private MonteCarlo() {
    }

    public static MonteCarloResult run(Assumptions assumptions, int samples, long seed) {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw InvalidAssumptionsException.of("samples", "must be 1 to " + MAX_SAMPLES + ", was " + samples);
        }
        List<AssumptionRange> ranges = assumptions.uncertainty().ranges();
        int quarters = assumptions.horizon().quarterCount();
        Samples demand = new Samples(quarters, samples);
        Samples supply = new Samples(quarters, samples);
        Samples shortfall = new Samples(quarters, samples);
        Samples cost = new Samples(quarters, samples);
        SplittableRandom random = new SplittableRandom(seed);
        int rejected = 0;
        for (int s = 0; s < samples; s++) {
            double[] factors = new double[ranges.size()];
            for (int r = 0; r < factors.length; r++) {
                AssumptionRange range = ranges.get(r);
                factors[r] = range.distribution().quantile(random.nextDouble(), range.low(), range.high());
            }
            Projection projection;
            try {
                projection = CapacityProjector.project(scaled(assumptions, ranges, factors));
            } catch (InvalidAssumptionsException outsideTheRules) {
                rejected++;
                continue;
            }
            for (int q = 0; q < quarters; q++) {
                ProjectedQuarter row = projection.quarters().get(q);
                demand.add(q, row.demandFlopsPerSecond());
                supply.add(q, row.supplyFlopsPerSecond());
                shortfall.add(q, row.shortfallFlopsPerSecond());
                if (row.costPerMillionTokensUsd() != null) {
                    cost.add(q, row.costPerMillionTokensUsd());
                }
            }
        }
        List<QuarterBands> bands = new ArrayList<>(quarters);
        for (int q = 0; q < quarters; q++) {
            bands.add(new QuarterBands(assumptions.horizon().quarters().get(q), demand.band(q), supply.band(q),
                    shortfall.band(q), cost.band(q)));
        }
        return new MonteCarloResult(seed, samples, rejected, ranges.stream().map(AssumptionRange::key).toList(), bands);
    }

    private static Assumptions scaled(Assumptions assumptions, List<AssumptionRange> ranges, double[] factors) {
        Assumptions sample = assumptions;
        for (int r = 0; r < factors.length; r++) {
            sample = ranges.get(r).parameter().scale(sample, ranges.get(r).target(), factors[r]);
        }
        return sample;
    }

    /** One number per quarter per accepted sample. */
    private static final class Samples {
        private final double[][] values;
        private final int[] counts;

        Samples(int quarters, int samples) {
            values = new double[quarters][samples];
            counts = new int[quarters];
        }

        void add(int quarter, double value) {
            values[quarter][counts[quarter]++] = value;
        }

        Band band(int quarter) {
            return Band.of(values[quarter], counts[quarter]);
        }
    }
}
