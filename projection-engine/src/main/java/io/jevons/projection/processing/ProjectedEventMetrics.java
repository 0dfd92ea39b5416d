package io.jevons.projection.processing;

import io.jevons.projection.readmodel.ProjectedEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts, per processor, the events this node projected ({@code jevons.events.projected}, outcome
 * {@code applied}) and those it was handed again but found stored already (outcome {@code stored-already}: a
 * batch retried after a failure, or a segment taken over mid-batch). Summed over the nodes, {@code applied}
 * equals the events in the store: each projected exactly once.
 */
@Component
class ProjectedEventMetrics {

    static final String COUNTER = "jevons.events.projected";

    private final MeterRegistry registry;

    ProjectedEventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    ProjectedEvents forProcessor(String processor) {
        Counter applied = counter(processor, "applied");
        Counter storedAlready = counter(processor, "stored-already");
        return (appliedCount, storedAlreadyCount) -> {
            applied.increment(appliedCount);
            storedAlready.increment(storedAlreadyCount);
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
