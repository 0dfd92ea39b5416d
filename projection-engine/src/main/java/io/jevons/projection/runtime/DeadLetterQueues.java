package io.jevons.projection.runtime;

import io.jevons.planning.cluster.DatabaseOutage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Each generation's dead-letter queue, in {@code eventstore.dead_letter_entry}, and what goes into it. */
@Component
class DeadLetterQueues {

    private final ConnectionProvider connectionProvider;
    private final TransactionManager transactionManager;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final DeadLetterSchema schema = DeadLetterSchema.builder()
            .deadLetterTable("eventstore.dead_letter_entry")
            .deadLetterIdentifierColumn("dead_letter_id")
            .processingGroupColumn("processing_group")
            .sequenceIdentifierColumn("sequence_identifier")
            .sequenceIndexColumn("sequence_index")
            .messageTypeColumn("message_type")
            .eventIdentifierColumn("event_identifier")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .aggregateTypeColumn("aggregate_type")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .tokenTypeColumn("token_type")
            .tokenColumn("token")
            .enqueuedAtColumn("enqueued_at")
            .lastTouchedColumn("last_touched")
            .processingStartedColumn("processing_started")
            .causeTypeColumn("cause_type")
            .causeMessageColumn("cause_message")
            .diagnosticsColumn("diagnostics")
            .build();

    DeadLetterQueues(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                     Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.connectionProvider = connectionProvider;
        this.transactionManager = transactionManager;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
    }

    SequencedDeadLetterQueue<EventMessage<?>> of(Generation generation) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(generation.processorName())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    /**
     * A scenario's events wait in the dead-letter queue only for a failure of the event itself. A failure of the
     * database (a restart, a lost connection) is thrown on instead: the batch is retried when it is back. A dead
     * letter for it would hold every later event of that scenario until someone retried the queue.
     */
    static EnqueueDecision<EventMessage<?>> unlessTransient(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (DatabaseOutage.explains(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return Decisions.enqueue(cause);
    }
}
