package io.jevons.projection.tuning;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The worker threads of a serving processor, where every batch waits {@code pause} before it starts. A work
 * package hands its next batch to the workers as soon as it finished one, so under a steady stream of changes it
 * would rewrite each busy scenario's read models as often as the database lets it: the projector took as much
 * CPU as it could get, and the commands' latency paid for it (docs/tuning.md).
 * With a pause, the events of that time are coalesced into the next batch: a scenario's rows are written at most
 * once per pause and segment, whatever the command rate. Read models lag by up to that pause more.
 */
public final class PacedWorkers extends ScheduledThreadPoolExecutor {

    private final long pauseNanos;

    PacedWorkers(int threads, ThreadFactory threadFactory, Duration pause) {
        super(threads, threadFactory);
        this.pauseNanos = pause.toNanos();
    }

    /** Workers that pause before each batch; without a pause, Axon's plain scheduled pool. */
    public static ScheduledExecutorService of(int threads, ThreadFactory threadFactory, Duration pause) {
        return pause.isZero() ? Executors.newScheduledThreadPool(threads, threadFactory)
                : new PacedWorkers(threads, threadFactory, pause);
    }

    /** How a work package asks for its next batch; the other ways of handing over work wait the same. */
    @Override
    public Future<?> submit(Runnable batch) {
        return schedule(batch, pauseNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, pauseNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), pauseNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void execute(Runnable task) {
        schedule(task, pauseNanos, TimeUnit.NANOSECONDS);
    }
}
