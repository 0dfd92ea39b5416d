package io.jevons.planning.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Counts events appended to the event store as {@code jevons.events.appended}: once their unit of work commits,
 * or at once when published outside one (an import appends directly).
 */
final class AppendedEventMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String COUNTER = "jevons.events.appended";

    private final Counter appended;

    AppendedEventMetrics(MeterRegistry registry) {
        this.appended = Counter.builder(COUNTER).description("Events appended to the event store").register(registry);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        int count = messages.size();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> appended.increment(count));
        } else {
            appended.increment(count);
        }
        return (index, message) -> message;
    }
}
