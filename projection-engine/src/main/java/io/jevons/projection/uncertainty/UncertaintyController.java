package io.jevons.projection.uncertainty;

import io.jevons.capacity.attribution.Metric;
import io.jevons.capacity.uncertainty.MonteCarlo;
import io.jevons.capacity.uncertainty.MonteCarloResult;
import io.jevons.capacity.uncertainty.Tornado;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Monte Carlo bands and tornado charts from the ranges on a scenario's assumptions (set through
 * {@code PUT /api/scenarios/{id}/ranges}). A run is stored with its version, samples and seed, so reading it again
 * runs it again and gives the same bands.
 */
@RestController
@Tag(name = "Uncertainty")
class UncertaintyController {

    static final int DEFAULT_SAMPLES = 1_000;

    record RunRequest(Integer samples, Long seed, String asOf) {
    }

    record RunResponse(UUID runId, ScenarioId scenarioId, long version, String runBy, Instant runAt,
                       MonteCarloResult result) {
    }

    record RunSummary(UUID runId, long version, int samples, long seed, String runBy, Instant runAt) {
    }

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ScenarioTimeline timeline;
    private final SimulationRuns runs;

    UncertaintyController(ScenarioTimeline timeline, SimulationRuns runs) {
        this.timeline = timeline;
        this.runs = runs;
    }

    @PostMapping("/api/scenarios/{scenarioId}/simulations")
    @Operation(summary = "Run a Monte Carlo simulation (default 1,000 samples, at most 20,000; a random seed unless "
            + "given) of the scenario now or at asOf; the run is stored and can be read, that is rerun, identically")
    ResponseEntity<RunResponse> run(@PathVariable UUID scenarioId, @RequestBody(required = false) RunRequest request,
                                    Principal principal) {
        ScenarioId id = new ScenarioId(scenarioId);
        RunRequest asked = request == null ? new RunRequest(null, null, null) : request;
        ScenarioState state = timeline.stateAt(id, AsOf.parse(asked.asOf(), "asOf"), "asOf");
        int samples = asked.samples() == null ? DEFAULT_SAMPLES : asked.samples();
        // 53 random bits: a seed every JSON reader (a browser's numbers among them) reads back exactly
        long seed = asked.seed() == null ? SEEDS.nextLong() >>> (Long.SIZE - 53) : asked.seed();
        MonteCarloResult result = MonteCarlo.run(state.assumptions(), samples, seed);
        SimulationRuns.Run run = new SimulationRuns.Run(UUID.randomUUID(), id, state.version(), samples, seed,
                principal.getName(), Instant.now());
        runs.save(run);
        return ResponseEntity.created(URI.create("/api/scenarios/" + id + "/simulations/" + run.runId()))
                .body(new RunResponse(run.runId(), id, run.version(), run.runBy(), run.runAt(), result));
    }

    @GetMapping("/api/scenarios/{scenarioId}/simulations")
    @Operation(summary = "The scenario's Monte Carlo runs, newest first")
    List<RunSummary> runs(@PathVariable UUID scenarioId) {
        return runs.of(new ScenarioId(scenarioId)).stream()
                .map(run -> new RunSummary(run.runId(), run.version(), run.samples(), run.seed(), run.runBy(), run.runAt()))
                .toList();
    }

    @GetMapping("/api/scenarios/{scenarioId}/simulations/{runId}")
    @Operation(summary = "A stored run, run again from the scenario's version, samples and seed: the same bands")
    RunResponse rerun(@PathVariable UUID scenarioId, @PathVariable UUID runId) {
        ScenarioId id = new ScenarioId(scenarioId);
        SimulationRuns.Run run = runs.find(id, runId)
                .orElseThrow(() -> new ResourceNotFound("simulation run " + runId + " of scenario " + id));
        ScenarioState state = timeline.stateAt(id, AsOf.parse(Long.toString(run.version()), "version"), "version");
        return new RunResponse(run.runId(), id, run.version(), run.runBy(), run.runAt(),
                MonteCarlo.run(state.assumptions(), run.samples(), run.seed()));
    }

    @GetMapping("/api/scenarios/{scenarioId}/tornado")
    @Operation(summary = "Sensitivity of a metric (e.g. total-cost:2027, cost-per-million-tokens:2027Q4) to each "
            + "ranged assumption at its low and high end, widest swing first")
    TornadoResponse tornado(@PathVariable UUID scenarioId, @RequestParam String metric,
                            @RequestParam(required = false) String asOf) {
        ScenarioState state = timeline.stateAt(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"), "asOf");
        return TornadoResponse.of(Tornado.of(state.assumptions(), Metric.parse(metric)));
    }
}
