package io.jevons.projection.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Gauges read when scraped: {@code jevons.read.models.lag} (events in the store not yet in the serving read models,
 * all nodes together) and {@code jevons.read.models.segments.claimed} (segments this node processes).
 */
@Component
class ReadModelGauges implements InitializingBean {

    private final MeterRegistry registry;
    private final ReplayProgress progress;
    private final ReadModelProcessors processors;

    ReadModelGauges(MeterRegistry registry, ReplayProgress progress, ReadModelProcessors processors) {
        this.registry = registry;
        this.progress = progress;
        this.processors = processors;
    }

    @Override
    public void afterPropertiesSet() {
        Gauge.builder("jevons.read.models.lag", progress, ReplayProgress::lag)
                .description("Events in the event store that the serving read models do not have yet")
                .baseUnit("events")
                .register(registry);
        Gauge.builder("jevons.read.models.segments.claimed", processors,
                        running -> running.running().stream().mapToInt(p -> p.processingStatus().size()).sum())
                .description("Processor segments this node holds")
                .register(registry);
    }
}
