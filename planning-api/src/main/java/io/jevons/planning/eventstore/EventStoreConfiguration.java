package io.jevons.planning.eventstore;

import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.json.MessageSerializer;
import io.jevons.planning.cluster.NodeId;
import io.jevons.planning.cluster.NodeSettings;
import io.jevons.planning.cluster.ReadModelSettings;
import io.jevons.planning.cluster.TokenClaims;
import io.jevons.planning.tuning.EventStoreTuning;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The event store and token store on PostgreSQL, in schema {@code eventstore} (created by Flyway, see
 * {@code V1__eventstore.sql}). Everything Axon writes is JSON through one explicit Jackson 2 serializer.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventStoreSettings.class, ReadModelSettings.class, NodeSettings.class})
class EventStoreConfiguration {

    static final String EVENT_TABLE = "eventstore.domain_event_entry";
    static final String SNAPSHOT_TABLE = "eventstore.snapshot_event_entry";
    static final String TOKEN_TABLE = "eventstore.token_entry";

    @Bean
    @Primary
    Serializer serializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jsonSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jsonSerializer();
    }

    private static Serializer jsonSerializer() {
        return MessageSerializer.create();
    }

    /**
     * Every unit of work (a command, a processor's batch) runs in one Spring transaction, so the events of a command,
     * and the read-model rows of a batch with the token that records them, commit together or not at all. Axon 4.13
     * would make this bean itself only if it ran after Spring Boot's transaction auto-configuration, which it names
     * by its Boot 3 class; under Boot 4 it fell back to no transactions: every statement committed on its own, and a
     * node killed in the middle of a batch left states without their audit rows and tokens past unprojected events.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /** Connections join the Spring transaction, so read models and tokens commit together. */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * PostgreSQL reports a unique violation as SQL state 23505 in a plain PSQLException, which Axon's
     * default JDBC resolver does not recognise; without this a concurrent append would not surface
     * as a concurrency conflict.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable(SNAPSHOT_TABLE)
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Reads events in batches of {@code jevons.event-store.fetch-batch-size} (Axon's default, 100, caps a replay
     * at a few thousand events a second). {@code jevons.event-store.gap-timeout}: how long a hole in the global
     * index is waited for. A hole is an event whose transaction has not committed yet; once an event older
     * than the timeout is read, Axon gives up on every hole before it, and an event committing after that
     * would never be projected. Axon's default is a minute; ten keep a slow transaction's event safe at the
     * price of a few ids of rolled-back appends being looked for a little longer.
     */
    @Bean
    EventStorageEngine eventStorageEngine(EventStoreTuning tuning,
                                          Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema eventSchema,
                                          Configuration configuration,
                                          EventStoreSettings settings) {
        return tuning.storageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .batchSize(settings.fetchBatchSize())
                .gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis())));
    }

    /**
     * Processors on this node hear of its own appends at once; appends by other nodes are fetched every
     * {@code jevons.event-store.fetch-delay} (Axon's default, a second, would be most of the one-second budget
     * for live updates across nodes). {@code jevons.event-store.cached-events}: the recent events kept in memory
     * for processors that keep up. Axon's default, 10,000, holds several seconds of events under load: they outlive
     * young collections and are copied by each (docs/tuning.md). A processor further behind than the cache reads
     * from the database, as it would anyway.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, EventStoreTuning tuning,
                                  Configuration configuration, EventStoreSettings settings) {
        return tuning.eventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .fetchDelay(settings.fetchDelay().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .cachedEvents(settings.cachedEvents()));
    }

    @Bean
    ScenarioHistory scenarioHistory(EventStore eventStore) {
        return new ScenarioHistory(eventStore);
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable(TOKEN_TABLE)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    TokenClaims tokenClaims(NodeSettings node, ReadModelSettings readModels) {
        return new TokenClaims(new NodeId(node.nodeId().isBlank() ? ManagementFactory.getRuntimeMXBean().getName()
                : node.nodeId()), readModels.claimTimeout());
    }

    /**
     * Segments of the processors are claimed by one node at a time; a node that stops extending its claims
     * (killed, cut off) loses them after the claim timeout and another node takes over.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          TokenClaims claims) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .nodeId(claims.owner().value())
                .claimTimeout(claims.timeout())
                .build();
    }
}
