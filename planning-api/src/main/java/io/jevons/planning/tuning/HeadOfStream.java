package io.jevons.planning.tuning;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Answers, without a query, a read of new events that can only come back empty. Axon's event reader, woken after
 * every append, reads until a read finds nothing and then once more before it waits: at 1,500 commands/s that was
 * a query per append, most of them finding nothing. A read is answered empty here when it starts
 * where the last read that reached the head ended, began less than {@code window} after it, and no append on this
 * node has committed since that read began. A read reached the head when it found no event (Axon then checks that
 * none lies further on) or found fewer than it asked for and none at the top of the range of global indexes it
 * covered. Appends on this node commit before they wake the reader ({@link NodeEventStore}), so the read that
 * follows goes to the database; appends on other nodes are found by the reader's poll, which comes after a longer
 * wait than the window. Events beyond a range whose top is a hole (a rolled-back or unfinished append) can wait
 * for that poll.
 * <p>
 * A read that would follow a read at the head sooner than {@code gathering} after that one began waits until then,
 * so that one query takes the appends committed meanwhile: under load the reader is woken by every append and would
 * read one or two events per query, each query its own transaction. Projection and live updates get their events up to {@code gathering} later; a reader that is behind, or reads after a quiet
 * spell, never waits.
 */
final class HeadOfStream {

    private final AtomicLong localCommits = new AtomicLong();
    private final AtomicLong answeredEmpty = new AtomicLong();
    private final long windowNanos;
    private final long gatheringNanos;
    private final LongSupplier nanoTime;
    private final Pause pause;
    private volatile HeadRead lastHeadRead;

    HeadOfStream(Duration window, Duration gathering, LongSupplier nanoTime, Pause pause) {
        this.windowNanos = window.toNanos();
        this.gatheringNanos = gathering.toNanos();
        this.nanoTime = nanoTime;
        this.pause = pause;
    }

    /** Called after an append of this node has committed, before the reader is woken. */
    void localAppendCommitted() {
        localCommits.incrementAndGet();
    }

    List<? extends TrackedEventData<?>> read(TrackingToken from, int batchSize, QueryOfEvents query) {
        long commitsBefore = localCommits.get();
        long startNanos = nanoTime.getAsLong();
        HeadRead last = lastHeadRead;
        boolean followsHead = last != null && Objects.equals(last.end(), from);
        long sinceHeadReadNanos = followsHead ? startNanos - last.startNanos() : Long.MAX_VALUE;
        if (sinceHeadReadNanos < windowNanos && last.localCommits() == commitsBefore) {
            answeredEmpty.incrementAndGet();
            return List.of();
        }
        if (sinceHeadReadNanos < gatheringNanos) {
            pause.nanos(gatheringNanos - sinceHeadReadNanos);
            commitsBefore = localCommits.get();
            startNanos = nanoTime.getAsLong();
        }
        List<? extends TrackedEventData<?>> events = query.after(from, batchSize);
        lastHeadRead = reachedHead(from, batchSize, events) ? new HeadRead(endOf(from, events), commitsBefore, startNanos)
                : null;
        return events;
    }

    /** Reads answered without a query since the start ({@code jevons.event.store.reads.answered.empty}). */
    long answeredEmpty() {
        return answeredEmpty.get();
    }

    /** A read covers the global indexes after its start up to {@code batchSize} on (from the start: from 0). */
    private static boolean reachedHead(TrackingToken from, int batchSize, List<? extends TrackedEventData<?>> events) {
        if (events.isEmpty()) {
            return true;
        }
        long startIndex = from == null ? -1 : indexOf(from);
        return events.size() < batchSize && indexOf(endOf(from, events)) < startIndex + batchSize;
    }

    private static long indexOf(TrackingToken token) {
        return ((GapAwareTrackingToken) token).getIndex();
    }

    private static TrackingToken endOf(TrackingToken from, List<? extends TrackedEventData<?>> events) {
        return events.isEmpty() ? from : events.get(events.size() - 1).trackingToken();
    }

    /** Waits on the reader's thread; an interrupt ends the wait and is kept for the caller. */
    @FunctionalInterface
    interface Pause {
        void nanos(long nanos);

        static void sleep(long nanos) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The database's answer: up to {@code batchSize} events after {@code from}. */
    @FunctionalInterface
    interface QueryOfEvents {
        List<? extends TrackedEventData<?>> after(TrackingToken from, int batchSize);
    }

    /** A read that found fewer events than it asked for: it ended at the newest event it could see. */
    private record HeadRead(TrackingToken end, long localCommits, long startNanos) {
    }
}
