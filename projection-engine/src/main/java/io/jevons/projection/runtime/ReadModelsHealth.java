package io.jevons.projection.runtime;

import io.jevons.planning.cluster.TokenClaims;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Health of the read models ({@code /actuator/health/readModels}): DOWN when a processor on this node stopped or a
 * segment it holds is failing; DEGRADED when events wait in the dead-letter queue (their scenarios' read models
 * stand still, every other scenario's go on); in the details, the lag of the serving generation behind the event
 * store (all nodes together), the dead letters and the scenarios they hold back, a replay in progress and the
 * segments this node holds. Not part of the readiness probe: a node serves reads from the shared read models
 * whether or not its own processors are healthy.
 */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final ReadModelProcessors processors;
    private final ReplayProgress progress;
    private final Generations generations;
    /** Named "degraded" in the answer; ordered between out-of-service and up (management.endpoint.health.status). */
    static final Status DEGRADED = new Status("DEGRADED", "events wait in the dead-letter queue");
    private static final int SCENARIOS_LISTED = 20;

    private final TokenClaims claims;
    private final DeadLetters deadLetters;

    ReadModelsHealth(ReadModelProcessors processors, ReplayProgress progress, Generations generations,
                     TokenClaims claims, DeadLetters deadLetters) {
        this.processors = processors;
        this.progress = progress;
        this.generations = generations;
        this.claims = claims;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        GenerationState state = generations.state();
        long waiting = deadLetters.events();
        Health.Builder health = waiting > 0 ? Health.status(DEGRADED) : Health.up();
        Map<String, Object> running = new LinkedHashMap<>();
        for (PooledStreamingEventProcessor processor : processors.running()) {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            long failing = segments.values().stream().filter(EventTrackerStatus::isErrorState).count();
            if (!processor.isRunning() || processor.isError() || failing > 0) {
                health = Health.down();
            }
            running.put(processor.getName(), Map.of("running", processor.isRunning(),
                    "segments", segments.keySet().stream().sorted().toList(), "failingSegments", failing));
        }
        return health
                .withDetail("node", claims.owner().value())
                .withDetail("activeGeneration", state.active().number())
                .withDetail("rebuildingGeneration", state.rebuilding() == null ? "none" : state.rebuilding().number())
                .withDetail("lagEvents", progress.lag())
                .withDetail("deadLetters", waiting)
                .withDetail("scenariosHeldBack", waiting > 0 ? deadLetters.scenarios(SCENARIOS_LISTED) : List.of())
                .withDetail("processors", running)
                .build();
    }
}
