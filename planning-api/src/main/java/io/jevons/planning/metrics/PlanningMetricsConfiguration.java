package io.jevons.planning.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Metrics of the command side; HTTP latency comes from Spring's {@code http.server.requests}. */
@Configuration(proxyBeanMethods = false)
class PlanningMetricsConfiguration {

    @Bean
    InitializingBean commandAndEventMetrics(CommandBus commandBus, EventStore eventStore, MeterRegistry registry) {
        return () -> {
            commandBus.registerHandlerInterceptor(new CommandMetrics(registry));
            eventStore.registerDispatchInterceptor(new AppendedEventMetrics(registry));
        };
    }
}
