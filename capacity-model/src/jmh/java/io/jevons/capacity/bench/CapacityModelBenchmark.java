package io.jevons.capacity.bench;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.attribution.Attribution;
import io.jevons.capacity.attribution.Attributions;
import io.jevons.capacity.attribution.LabelledChange;
import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** One full projection of a 40-quarter scenario, and a Shapley attribution of 12 changes to it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class CapacityModelBenchmark {

    private Assumptions scenario;
    private List<LabelledChange> twelve;
    private Metric totalCost;

    @Setup
    public void setUp() {
        scenario = BenchmarkScenarios.assumptions();
        twelve = BenchmarkScenarios.twelveChanges();
        totalCost = Metric.parse("total-cost:2030");
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
