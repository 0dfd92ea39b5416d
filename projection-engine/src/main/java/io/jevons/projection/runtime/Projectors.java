package io.jevons.projection.runtime;

import io.jevons.planning.cluster.ReadModelSettings;
import io.jevons.projection.readmodel.ReadModelProjector;
import io.jevons.projection.readmodel.ReadModelStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Makes the projector that feeds one generation's read models, for its processor and for a bulk rebuild. */
@Component
class Projectors {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Generations generations;
    private final ProjectedEventMetrics metrics;
    private final EventStore eventStore;
    private final PlatformTransactionManager transactions;
    private final ReadModelSettings settings;

    Projectors(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Generations generations, ProjectedEventMetrics metrics,
               EventStore eventStore, PlatformTransactionManager transactions, ReadModelSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.generations = generations;
        this.metrics = metrics;
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    ReadModelProjector of(Generation generation) {
        return new ReadModelProjector(store(generation), () -> generation.equals(generations.active()),
                generation.processorName(), metrics.forProcessor(generation.processorName()), eventStore, transactions,
                settings.snapshotInterval());
    }

    ReadModelStore store(Generation generation) {
        return new ReadModelStore(jdbc, jdbcTemplate, generation);
    }
}
