package io.jevons.projection.runtime;

import io.jevons.projection.readmodel.ReadModelProjector;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first phase of a replay: every scenario in the event store up to a start position is read as one stream
 * and folded once, so that its state, projection and summary are written once instead of once per batch of the
 * global stream it appears in (a replay of 1,000 scenarios of 1,000 events in sessions of ten wrote 100,000
 * states of 20 KB that way). The processor of the generation then starts at that position, with the ids not
 * yet committed there as gaps, and projects what came after; events already folded are recognised by version.
 * <p>
 * If any scenario cannot be folded (a poison event), the bulk phase gives up and the processor replays the
 * whole store, where the dead-letter queue isolates that scenario.
 */
final class BulkRebuild {

    private static final Logger log = LoggerFactory.getLogger(BulkRebuild.class);
    private static final int SCENARIOS_PER_TRANSACTION = 10;
    /** Axon keeps gaps this far behind the position (its default maximum gap offset). */
    private static final long GAP_WINDOW = 10_000;

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int threads;

    BulkRebuild(EventStore eventStore, TokenStore tokenStore, JdbcClient jdbc, TransactionTemplate transactions,
                int threads) {
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.threads = threads;
    }

    /** Folds every scenario into the generation and leaves its processor's tokens at the position it read up to. */
    void run(Generation generation, ReadModelProjector projector, int segments) throws InterruptedException {
        long started = System.nanoTime();
        GapAwareTrackingToken position = position();
        List<String> scenarios = jdbc.sql("""
                        select distinct aggregate_identifier from eventstore.domain_event_entry
                        where global_index <= ? and type = 'Scenario'""")
                .param(position.getIndex()).query(String.class).list();
        TrackingToken startAt = position;
        try {
            foldAll(scenarios, projector);
            log.info("Replay into generation {}: folded {} scenarios up to event {} in {} ms", generation.number(),
                    scenarios.size(), position.getIndex(), (System.nanoTime() - started) / 1_000_000);
        } catch (ExecutionException failed) {
            log.warn("Replay into generation {}: a scenario could not be folded ({}); replaying every event instead",
                    generation.number(), failed.getCause().toString());
            startAt = null;
        }
        TrackingToken initial = startAt;
        transactions.executeWithoutResult(status ->
                tokenStore.initializeTokenSegments(generation.processorName(), segments, initial));
    }

    private void foldAll(List<String> scenarios, ReadModelProjector projector)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "replay-bulk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int from = 0; from < scenarios.size(); from += SCENARIOS_PER_TRANSACTION) {
                List<String> chunk = scenarios.subList(from, Math.min(scenarios.size(), from + SCENARIOS_PER_TRANSACTION));
                chunks.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
                    for (String scenario : chunk) {
                        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(scenario).asStream().toList();
                        projector.projectAll(events);
                    }
                })));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The highest global index now, with the ids below it that no committed event holds (yet) as gaps. */
    private GapAwareTrackingToken position() {
        long head = jdbc.sql("select coalesce(max(global_index), -1) from eventstore.domain_event_entry")
                .query(Long.class).single();
        long low = Math.max(1, head - GAP_WINDOW); // global indices start at 1
        TreeSet<Long> gaps = new TreeSet<>();
        for (long index = low; index < head; index++) {
            gaps.add(index);
        }
        gaps.removeAll(jdbc.sql("select global_index from eventstore.domain_event_entry where global_index >= ? and global_index < ?")
                .params(low, head).query(Long.class).list());
        return GapAwareTrackingToken.newInstance(head, gaps);
    }
}
