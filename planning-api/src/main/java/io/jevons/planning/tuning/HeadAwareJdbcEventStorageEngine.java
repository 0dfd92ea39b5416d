package io.jevons.planning.tuning;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.List;
import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, with reads that can only come back empty answered by {@link HeadOfStream}, and the
 * embedded store's shared reader (the one stream read with {@code mayBlock}) ending after {@code readerBurst} events.
 * That reader keeps every event it read since its stream began on the heap until the stream ends, which it does only
 * at the head of the store: a burst of 100,000 imported events held ~130,000 events and ran a 256 MB node out of
 * memory. Ended, it starts a new stream at once from where it stopped.
 */
final class HeadAwareJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final HeadOfStream head;
    private final int readerBurst;

    HeadAwareJdbcEventStorageEngine(Builder builder, HeadOfStream head, int readerBurst) {
        super(builder);
        this.head = head;
        this.readerBurst = readerBurst;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return head.read(lastToken, batchSize, super::fetchTrackedEvents);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventData<?>> events = super.readEventData(trackingToken, mayBlock);
        return mayBlock ? events.limit(readerBurst) : events;
    }
}
