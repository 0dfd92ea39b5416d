package io.jevons.projection.runtime;

import io.jevons.projection.readmodel.ProjectedEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts, per processor, the events this node projected ({@code jevons.events.projected}, outcome
 * {@code applied}) and those it was handed again but found stored already (outcome {@code stored-already}: a
 * batch retried after a failure, or a segment taken over mid-batch). Summed over the nodes, {@code applied}
 * equals the events in the store: each projected exactly once. It also counts the scenarios whose read models
 * were written ({@code jevons.read-models.scenario-writes}): applied events per write is how many changes the
 * projector coalesced into one write of a scenario's rows.
 */
@Component
class ProjectedEventMetrics {

    static final String COUNTER = "jevons.events.projected";
    static final String SCENARIO_WRITES = "jevons.read-models.scenario-writes";

    private final MeterRegistry registry;

    ProjectedEventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    ProjectedEvents forProcessor(String processor) {
        Counter applied = counter(processor, "applied");
        Counter storedAlready = counter(processor, "stored-already");
        Counter scenarioWrites = Counter.builder(SCENARIO_WRITES)
                .description("Scenarios whose read models a committed batch wrote, once per batch")
                .tag("processor", processor)
                .register(registry);
        return (appliedCount, storedAlreadyCount, scenariosWritten) -> {
            applied.increment(appliedCount);
            storedAlready.increment(storedAlreadyCount);
            scenarioWrites.increment(scenariosWritten);
        };
    }

    private Counter counter(String processor, String outcome) {
        return Counter.builder(COUNTER)
                .description("Events projected into the read models, after their batch committed")
                .tag("processor", processor)
                .tag("outcome", outcome)
                .register(registry);
    }
}
