package io.jevons.projection.runtime;

import io.jevons.planning.cluster.ReadModelSettings;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Runs the {@link BulkRebuild} of a replay on one node at a time: the node holding a PostgreSQL session lock for
 * the whole phase. If that node dies, its lock goes with its connection and another node starts over; every write
 * of the bulk phase is idempotent. A generation whose processor has tokens is past its bulk phase.
 */
@Component
class BulkPhase {

    private static final Logger log = LoggerFactory.getLogger(BulkPhase.class);

    private final DataSource dataSource;
    private final TokenStore tokenStore;
    private final TransactionTemplate transactions;
    private final Projectors projectors;
    private final BulkRebuild bulkRebuild;
    private final int segments;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "replay-bulk-phase");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> running;

    BulkPhase(DataSource dataSource, EventStore eventStore, TokenStore tokenStore, JdbcClient jdbc,
              TransactionTemplate transactions, Projectors projectors, ReadModelSettings settings) {
        this.dataSource = dataSource;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.projectors = projectors;
        this.bulkRebuild = new BulkRebuild(eventStore, tokenStore, jdbc, transactions,
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.segments = settings.segments();
    }

    /** Whether {@code generation} still needs its bulk phase: its processor has never stored a token. */
    boolean pending(Generation generation) {
        return transactions.execute(status -> tokenStore.fetchSegments(generation.processorName()).length == 0);
    }

    synchronized void startIfIdle(Generation generation) {
        if (running == null || running.isDone()) {
            running = runner.submit(() -> runLocked(generation));
        }
    }

    synchronized void stop() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void runLocked(Generation generation) {
        try (Connection session = dataSource.getConnection()) {
            if (!advisoryLock(session, "pg_try_advisory_lock")) {
                return; // another node is at it
            }
            try {
                if (pending(generation)) { // else another node has finished it
                    bulkRebuild.run(generation, projectors.of(generation), segments);
                }
            } finally {
                // the connection goes back to the pool, its session lives on: it must not keep the lock
                advisoryLock(session, "pg_advisory_unlock");
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException failed) {
            log.warn("Replay into generation {}: bulk phase failed, retrying at the next reconcile: {}",
                    generation.number(), failed.toString());
        }
    }

    private static boolean advisoryLock(Connection session, String function) throws SQLException {
        try (PreparedStatement call = session.prepareStatement("select " + function + "(hashtext(?))")) {
            call.setString(1, "jevons-replay-bulk-phase");
            try (ResultSet answer = call.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        }
    }
}
