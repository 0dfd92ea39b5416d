package io.jevons.projection.tuning;



import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PacedWorkersTest {

    private static final Duration PAUSE = Duration.ofMillis(300);

    private final PacedWorkers workers = new PacedWorkers(2, Thread::new, PAUSE);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void aBatchHandedToTheWorkersStartsOnlyAfterThePause() throws Exception {
        CompletableFuture<Long> started = new CompletableFuture<>();
        Runnable batch = () -> started.complete(System.nanoTime());
        long handedOver = System.nanoTime();

        workers.submit(batch);

        assertThat(waited(handedOver, started)).isGreaterThanOrEqualTo(PAUSE);
    }

    @Test
    void everyOtherWayOfHandingOverWorkWaitsTheSame() throws Exception {
        CompletableFuture<Long> called = new CompletableFuture<>();
        CompletableFuture<Long> executed = new CompletableFuture<>();
        CompletableFuture<Long> withResult = new CompletableFuture<>();
        long handedOver = System.nanoTime();

        workers.submit(() -> called.complete(System.nanoTime()));
        workers.execute(() -> executed.complete(System.nanoTime()));
        workers.submit(() -> withResult.complete(System.nanoTime()), "done");

        assertThat(waited(handedOver, called)).isGreaterThanOrEqualTo(PAUSE);
        assertThat(waited(handedOver, executed)).isGreaterThanOrEqualTo(PAUSE);
        assertThat(waited(handedOver, withResult)).isGreaterThanOrEqualTo(PAUSE);
    }

    private static Duration waited(long handedOverNanos, CompletableFuture<Long> started) throws Exception {
        return Duration.ofNanos(started.get(5, TimeUnit.SECONDS) - handedOverNanos);
    }
}
