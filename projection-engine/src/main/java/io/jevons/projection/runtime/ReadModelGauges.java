package io.jevons.projection.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Gauges read when scraped: {@code jevons.read.models.lag} (events in the store not yet in the serving read models,
 * all nodes together), {@code jevons.read.models.dead.letters} (events of the serving read models waiting in the
 * dead-letter queue) and {@code jevons.read.models.segments.claimed} (segments this node processes).
 */
@Component
class ReadModelGauges implements InitializingBean {

    private final MeterRegistry registry;
    private final ReplayProgress progress;
    private final ReadModelProcessors processors;
    private final DeadLetters deadLetters;

    ReadModelGauges(MeterRegistry registry, ReplayProgress progress, ReadModelProcessors processors,
                    DeadLetters deadLetters) {
        this.registry = registry;
        this.progress = progress;
        this.processors = processors;
        this.deadLetters = deadLetters;
    }

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("jevons.read.models.lag", progress, ReplayProgress::lag)
                .description("Events in the event store that the serving read models do not have yet")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("jevons.read.models.dead.letters", deadLetters, DeadLetters::events)
                .description("Events the serving read models could not take, waiting in the dead-letter queue")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("jevons.read.models.segments.claimed", processors,
                        running -> running.running().stream().mapToInt(p -> p.processingStatus().size()).sum())
                .description("Processor segments this node holds")
                .register(registry);
    }
}
