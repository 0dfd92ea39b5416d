package io.jevons.planning.tuning;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Builds Axon's storage engine and embedded event store, with {@link HeadOfStream} between them unless
 * {@code jevons.tuning.head-of-stream} is off; and counts the reads it answered.
 */
public final class EventStoreTuning implements MeterBinder {

    private final HeadOfStream head;
    private final int readerBurst;

    /** @param head null: Axon's classes as they are */
    EventStoreTuning(HeadOfStream head, int readerBurst) {
        this.head = head;
        this.readerBurst = readerBurst;
    }

    public EventStorageEngine storageEngine(JdbcEventStorageEngine.Builder builder) {
        return head == null ? builder.build() : new HeadAwareJdbcEventStorageEngine(builder, head, readerBurst);
    }

    public EmbeddedEventStore eventStore(EmbeddedEventStore.Builder builder) {
        return head == null ? builder.build() : new NodeEventStore(builder, head);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (head != null) {
            FunctionCounter.builder("jevons.event.store.reads.answered.empty", head, HeadOfStream::answeredEmpty)
                    .description("Reads of new events answered without a query: they could only have come back empty")
                    .register(registry);
        }
    }
}
