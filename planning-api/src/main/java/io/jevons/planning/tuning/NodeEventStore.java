package io.jevons.planning.tuning;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.List;

/** Axon's embedded event store, telling {@link HeadOfStream} of each commit before it wakes the event reader. */
final class NodeEventStore extends EmbeddedEventStore {

    private final HeadOfStream head;

    NodeEventStore(Builder builder, HeadOfStream head) {
        super(builder);
        this.head = head;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        head.localAppendCommitted();
        super.afterCommit(events);
    }
}
