package io.jevons.projection.runtime;

import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A processor and the threads it runs on, stopped together. */
record RunningProcessor(PooledStreamingEventProcessor processor, List<ScheduledExecutorService> executors) {

    private static final Logger log = LoggerFactory.getLogger(RunningProcessor.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    /**
     * Waits a bounded time for the batch in progress: when the database is already gone (the process is ending), a
     * processor retrying forever must not hold up the shutdown. An unfinished batch is simply processed again next
     * time, its writes being idempotent.
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
