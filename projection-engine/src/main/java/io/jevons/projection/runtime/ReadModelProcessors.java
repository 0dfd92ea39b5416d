package io.jevons.projection.runtime;

import io.jevons.planning.cluster.DatabaseOutage;
import io.jevons.planning.cluster.ReadModelSettings;
import io.jevons.planning.cluster.TokenClaims;
import io.jevons.projection.engine.EngineChanges;
import io.jevons.projection.readmodel.ProjectionCatchUp;
import io.jevons.projection.readmodel.ReadModelProjector;
import io.jevons.projection.readmodel.ReadModelStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Runs, on every node, one pooled streaming processor per read-model generation in use: the active one and,
 * during a replay, the one being rebuilt. Segments of each are shared between nodes through the token store.
 * Every second it reconciles with the control row: starts and stops processors after a switch made anywhere,
 * switches to a rebuilt generation once it has caught up with the event store, and drops retired ones.
 */
@Component
public class ReadModelProcessors implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProcessors.class);
    /** How long a retired generation is kept after a switch, so other nodes can stop writing to it first. */
    private static final Duration RETIREMENT_GRACE = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final Generations generations;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final ConnectionProvider connectionProvider;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ReplayProgress progress;
    private final ProjectedEventMetrics metrics;
    private final TokenClaims claims;
    private final int segments;
    private final int batchSize;
    private final int replayBatchSize;
    private final TransactionTemplate transactions;
    private final Duration claimInterval;
    private final Duration batchPause;
    private final Map<Generation, RunningProcessor> processors = new ConcurrentHashMap<>();
    private final DataSource dataSource;
    private final BulkRebuild bulkRebuild;
    private final BulkPhase bulkPhase = new BulkPhase();
    private final EngineChanges engineChanges;
    private volatile boolean running;

    ReadModelProcessors(Generations generations, EventStore eventStore, TokenStore tokenStore,
                        TransactionManager transactionManager, ConnectionProvider connectionProvider,
                        Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                        JdbcClient jdbc, JdbcTemplate jdbcTemplate, ReplayProgress progress,
                        ProjectedEventMetrics metrics, TokenClaims claims, TransactionTemplate transactions,
                        DataSource dataSource, EngineChanges engineChanges, ReadModelSettings settings) {
        this.generations = generations;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.connectionProvider = connectionProvider;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.progress = progress;
        this.metrics = metrics;
        this.claims = claims;
        this.segments = settings.segments();
        this.batchSize = settings.batchSize();
        this.replayBatchSize = settings.replayBatchSize();
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.engineChanges = engineChanges;
        this.bulkRebuild = new BulkRebuild(eventStore, tokenStore, jdbc, transactions,
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.claimInterval = settings.claimInterval();
        this.batchPause = settings.batchPause();
    }

    @Override
    public synchronized void start() {
        running = true;
        reconcile();
    }

    @Override
    public synchronized void stop() {
        running = false;
        bulkPhase.stop();
        processors.values().forEach(RunningProcessor::shutDown);
        processors.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The processors running on this node now. */
    public List<PooledStreamingEventProcessor> running() {
        return processors.values().stream().map(RunningProcessor::processor).toList();
    }

    /** After the web server, before nothing: reads may start while the read models catch up. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    @Scheduled(fixedDelayString = "${jevons.read-models.reconcile-interval:PT1S}")
    public synchronized void reconcile() {
        if (!running) {
            return;
        }
        GenerationState state = generations.state();
        Set<Generation> wanted = new HashSet<>();
        wanted.add(state.active());
        if (state.rebuilding() != null) {
            wanted.add(state.rebuilding());
        }
        for (Generation generation : wanted) {
            if (!processors.containsKey(generation) && generation.equals(state.rebuilding()) && hasNoTokens(generation)) {
                bulkPhase.startIfIdle(generation);
            } else {
                processors.computeIfAbsent(generation, this::startProcessor);
            }
        }
        for (Generation generation : Set.copyOf(processors.keySet())) {
            if (!wanted.contains(generation)) {
                processors.remove(generation).shutDown();
                log.info("Stopped the processor of retired read-model generation {}", generation.number());
            }
        }
        if (state.rebuilding() != null && progress.caughtUp(state.rebuilding())) {
            Generation rebuilt = state.rebuilding();
            int projected = new ProjectionCatchUp(new ReadModelStore(jdbc, jdbcTemplate, rebuilt), transactions).run();
            int moved = engineChanges.record(state.active(), rebuilt);
            if (generations.switchTo(rebuilt)) {
                log.info("Read models: projected {} scenarios and switched reads to rebuilt generation {}; {} outputs "
                        + "moved with the engine version", projected, rebuilt.number(), moved);
            }
        }
        if (state.switchedAt() != null && state.switchedAt().plus(RETIREMENT_GRACE).isBefore(Instant.now())) {
            for (Generation retired : generations.retired()) {
                generations.drop(retired);
                log.info("Read models: dropped retired generation {}", retired.number());
            }
        }
    }

    private boolean hasNoTokens(Generation generation) {
        return transactions.execute(status -> tokenStore.fetchSegments(generation.processorName()).length == 0);
    }

    /**
     * Runs the {@link BulkRebuild} of a replay on one node at a time: the node holding a PostgreSQL session lock
     * for the whole phase. If that node dies, its lock goes with its connection and another node starts over;
     * every write of the bulk phase is idempotent.
     */
    private final class BulkPhase {
        private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "replay-bulk-phase");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> running;

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
                    if (hasNoTokens(generation)) { // else another node has finished it
                        bulkRebuild.run(generation, projector(generation), segments);
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

    /** A processor and the threads it runs on, stopped together. */
    private record RunningProcessor(PooledStreamingEventProcessor processor, List<ScheduledExecutorService> executors) {
        /**
         * Waits a bounded time for the batch in progress: when the database is already gone (the process is
         * ending), a processor retrying forever must not hold up the shutdown. An unfinished batch is simply
         * processed again next time, its writes being idempotent.
         */
        void shutDown() {
            try {
                processor.shutdownAsync().get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stuck) {
                log.warn("Processor {} did not stop within {}: {}", processor.getName(), SHUTDOWN_WAIT, stuck.toString());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                executors.forEach(ScheduledExecutorService::shutdownNow);
            }
        }
    }

    private ReadModelProjector projector(Generation generation) {
        return new ReadModelProjector(new ReadModelStore(jdbc, jdbcTemplate, generation),
                () -> generation.equals(generations.active()), generation.processorName(),
                metrics.forProcessor(generation.processorName()), eventStore, transactions.getTransactionManager());
    }

    private RunningProcessor startProcessor(Generation generation) {
        // a generation being rebuilt reads the whole event store: fewer, larger transactions, no pause
        boolean serving = generation.equals(generations.active());
        int batch = serving ? batchSize : replayBatchSize;
        ReadModelProjector projector = projector(generation);
        ScheduledExecutorService coordinator = Executors.newScheduledThreadPool(1, threads(generation, "coordinator"));
        ScheduledExecutorService workers = new PacedWorkers(segments, threads(generation, "worker"),
                serving ? batchPause : Duration.ZERO);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(generation.processorName())
                .eventHandlerInvoker(DeadLetteringEventHandlerInvoker.builder()
                        .eventHandlers(projector)
                        .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                        .queue(deadLetters(generation))
                        .enqueuePolicy(ReadModelProcessors::deadLetterUnlessTransient)
                        // remember which scenarios have no dead letters instead of asking the table for every event
                        .enableSequenceIdentifierCache()
                        .transactionManager(transactionManager)
                        .build())
                .errorHandler(PropagatingErrorHandler.instance())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .batchSize(batch)
                // free segments (released by a busier node, or left by a dead one) are claimed within this interval
                .tokenClaimInterval(claimInterval.toMillis())
                // claims are extended well within their timeout, by the coordinator too while a long batch runs
                .claimExtensionThreshold(claims.timeout().dividedBy(3).toMillis())
                .enableCoordinatorClaimExtension()
                .initialToken(source -> source.createTailToken())
                .build();
        processor.start();
        log.info("Started processor {} ({} segments, batches of {}, {} ms apart)", generation.processorName(), segments,
                batch, serving ? batchPause.toMillis() : 0);
        return new RunningProcessor(processor, List.of(coordinator, workers));
    }

    /**
     * A scenario's events wait in the dead-letter queue only for a failure of the event itself. A failure of the
     * database (a restart, a lost connection) is thrown on instead: the batch is retried when it is back. A
     * dead letter for it would hold every later event of that scenario until someone retried the queue.
     */
    private static EnqueueDecision<EventMessage<?>> deadLetterUnlessTransient(DeadLetter<? extends EventMessage<?>> letter,
                                                                             Throwable cause) {
        if (DatabaseOutage.explains(cause)) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return Decisions.enqueue(cause);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> deadLetters(Generation generation) {
        return JdbcSequencedDeadLetterQueue.builder()
                .processingGroup(generation.processorName())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(DeadLetterSchema.builder()
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
                        .build())
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    private static ThreadFactory threads(Generation generation, String role) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, generation.processorName() + "-" + role + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
