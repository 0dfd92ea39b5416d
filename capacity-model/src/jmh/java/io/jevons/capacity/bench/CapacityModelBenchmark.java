package io.jevons.capacity.bench;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Attribution;
import io.jevons.capacity.attribution.Attributions;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.uncertainty.MonteCarlo;
import io.jevons.capacity.uncertainty.MonteCarloResult;
import io.jevons.capacity.uncertainty.Tornado;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One full projection of a 40-quarter scenario, a Shapley attribution of 12 changes to it, and a Monte Carlo run
 * and a tornado over six ranges on its assumptions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class CapacityModelBenchmark {

    private Assumptions scenario;
    private List<LabelledChange> twelve;
    private Metric totalCost;
    private Assumptions ranged;

    @Setup
    public void setUp() {
        scenario = BenchmarkScenarios.assumptions();
        twelve = BenchmarkScenarios.twelveChanges();
        totalCost = Metric.parse("total-cost:2030");
        ranged = BenchmarkScenarios.withSixRanges(scenario);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MonteCarloResult monteCarlo1000SamplesOf6Ranges() {
        return MonteCarlo.run(ranged, 1_000, 42);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Tornado tornadoOf6Ranges() {
        return Tornado.of(ranged, totalCost);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Projection projection40Quarters5Classes10Chips200Orders() {
        return CapacityProjector.project(scenario);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assumptions placeOneOrder() {
        return twelve.get(3).change().applyTo(scenario);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Attribution shapleyOf12Changes() {
        return Attributions.shapley(scenario, twelve, totalCost);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Attribution sequentialOf12Changes() {
        return Attributions.sequential(scenario, twelve, totalCost);
    }
}
