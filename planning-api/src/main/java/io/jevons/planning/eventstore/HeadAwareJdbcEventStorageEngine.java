package io.jevons.planning.eventstore;

import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.List;

/** Axon's JDBC storage engine, with reads that can only come back empty answered by {@link HeadOfStream}. */
final class HeadAwareJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final HeadOfStream head;

    HeadAwareJdbcEventStorageEngine(Builder builder, HeadOfStream head) {
        super(builder);
        this.head = head;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return head.read(lastToken, batchSize, super::fetchTrackedEvents);
    }
}
