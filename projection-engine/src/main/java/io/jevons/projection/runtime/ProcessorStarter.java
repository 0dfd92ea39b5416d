package io.jevons.projection.runtime;

import io.jevons.planning.cluster.ReadModelSettings;
import io.jevons.planning.cluster.TokenClaims;
import io.jevons.projection.readmodel.ReadModelProjector;
import io.jevons.projection.tuning.PacedWorkers;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds and starts the pooled streaming processor of one generation: its segments shared between nodes through
 * the token store, a scenario whose events fail parked in the dead-letter queue.
 */
@Component
class ProcessorStarter {

    private static final Logger log = LoggerFactory.getLogger(ProcessorStarter.class);

    private final Generations generations;
    private final Projectors projectors;
    private final DeadLetterQueues deadLetters;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final TokenClaims claims;
    private final ReadModelSettings settings;

    ProcessorStarter(Generations generations, Projectors projectors, DeadLetterQueues deadLetters,
                     EventStore eventStore, TokenStore tokenStore, TransactionManager transactionManager,
                     TokenClaims claims, ReadModelSettings settings) {
        this.generations = generations;
        this.projectors = projectors;
        this.deadLetters = deadLetters;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.claims = claims;
        this.settings = settings;
    }

    RunningProcessor start(Generation generation) {
        // a generation being rebuilt reads the whole event store: fewer, larger transactions, no pause
        boolean serving = generation.equals(generations.active());
        int batch = serving ? settings.batchSize() : settings.replayBatchSize();
        Duration pause = serving ? settings.batchPause() : Duration.ZERO;
        ReadModelProjector projector = projectors.of(generation);
        ScheduledExecutorService coordinator = Executors.newScheduledThreadPool(1, threads(generation, "coordinator"));
        ScheduledExecutorService workers = PacedWorkers.of(settings.segments(), threads(generation, "worker"), pause);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(generation.processorName())
                .eventHandlerInvoker(DeadLetteringEventHandlerInvoker.builder()
                        .eventHandlers(projector)
                        .sequencingPolicy(SequentialPerAggregatePolicy.instance())
                        .queue(deadLetters.of(generation))
                        .enqueuePolicy(DeadLetterQueues::unlessTransient)
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
                .initialSegmentCount(settings.segments())
                .batchSize(batch)
                // free segments (released by a busier node, or left by a dead one) are claimed within this interval
                .tokenClaimInterval(settings.claimInterval().toMillis())
                // claims are extended well within their timeout, by the coordinator too while a long batch runs
                .claimExtensionThreshold(claims.timeout().dividedBy(3).toMillis())
                .enableCoordinatorClaimExtension()
                .initialToken(source -> source.createTailToken())
                .build();
        processor.start();
        log.info("Started processor {} ({} segments, batches of {}, {} ms apart)", generation.processorName(),
                settings.segments(), batch, pause.toMillis());
        return new RunningProcessor(processor, List.of(coordinator, workers));
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
