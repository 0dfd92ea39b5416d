package io.jevons.projection.processing;

import io.jevons.planning.eventstore.TokenClaims;
import io.jevons.projection.generation.GenerationState;
import io.jevons.projection.generation.Generations;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health of the read models ({@code /actuator/health/readModels}): DOWN when a processor on this node stopped or a
 * segment it holds is failing; in the details, the lag of the serving generation behind the event store (all
 * nodes together), a replay in progress and the segments this node holds. Not part of the readiness probe: a
 * node serves reads from the shared read models whether or not its own processors are healthy.
 */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final ReadModelProcessors processors;
    private final ReplayProgress progress;
    private final Generations generations;
    private final TokenClaims claims;

    ReadModelsHealth(ReadModelProcessors processors, ReplayProgress progress, Generations generations,
                     TokenClaims claims) {
        this.processors = processors;
        this.progress = progress;
        this.generations = generations;
        this.claims = claims;
    }

    @Override
    public Health health() {
        GenerationState state = generations.state();
        Health.Builder health = Health.up();
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
                .withDetail("processors", running)
                .build();
    }
}
