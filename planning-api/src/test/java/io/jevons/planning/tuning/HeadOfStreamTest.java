package io.jevons.planning.tuning;


import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class HeadOfStreamTest {

    private static final int BATCH = 10;

    private final AtomicLong nanos = new AtomicLong();
    private final List<Long> pausesNanos = new ArrayList<>();
    private final HeadOfStream head = new HeadOfStream(Duration.ofMillis(10), Duration.ZERO, nanos::get, this::pause);
    private final HeadOfStream gathering =
            new HeadOfStream(Duration.ofMillis(10), Duration.ofMillis(4), nanos::get, this::pause);
    private final List<TrackingToken> queried = new ArrayList<>();

    @Test
    void aReadAtTheHeadRepeatedWithNothingCommittedMeanwhileIsAnsweredWithoutAQuery() {
        List<? extends TrackedEventData<?>> newest = read(token(0), 3);

        assertThat(read(endOf(newest), 0)).isEmpty();
        assertThat(read(endOf(newest), 0)).isEmpty();

        assertThat(queried).containsExactly(token(0));
        assertThat(head.answeredEmpty()).isEqualTo(2);
    }

    @Test
    void aCommitOnThisNodeSendsTheNextReadToTheDatabase() {
        List<? extends TrackedEventData<?>> newest = read(token(0), 3);
        head.localAppendCommitted();

        assertThat(read(endOf(newest), 1)).hasSize(1);
        assertThat(queried).containsExactly(token(0), token(3));
    }

    @Test
    void aCommitDuringTheReadSendsTheNextReadToTheDatabase() {
        HeadOfStream.QueryOfEvents committingMeanwhile = (from, batchSize) -> {
            queried.add(from);
            head.localAppendCommitted();
            return List.of();
        };
        head.read(token(3), BATCH, committingMeanwhile);

        head.read(token(3), BATCH, committingMeanwhile);
        assertThat(queried).containsExactly(token(3), token(3));
    }

    @Test
    void afterTheWindowAReadGoesToTheDatabaseForOtherNodesEvents() {
        read(token(3), 0);
        nanos.addAndGet(Duration.ofMillis(10).toNanos());

        assertThat(read(token(3), 2)).hasSize(2);
        assertThat(queried).containsExactly(token(3), token(3));
    }

    @Test
    void aFullBatchIsNotTheHeadSoTheReadAfterItGoesToTheDatabase() {
        List<? extends TrackedEventData<?>> batch = read(token(0), BATCH);

        read(endOf(batch), 0);
        assertThat(queried).containsExactly(token(0), token(BATCH));
    }

    @Test
    void aShortBatchEndingAtTheTopOfItsRangeMayHaveEventsBeyondSoTheReadAfterItGoesToTheDatabase() {
        List<? extends TrackedEventData<?>> withAHole = head.read(token(0), BATCH, (start, batchSize) -> {
            queried.add(start);
            return LongStream.rangeClosed(2, BATCH).mapToObj(HeadOfStreamTest::event).toList();
        });

        read(endOf(withAHole), 0);
        assertThat(queried).containsExactly(token(0), token(BATCH));
    }

    @Test
    void aReadFromAnotherPositionGoesToTheDatabase() {
        read(token(3), 0);

        read(token(1), 2);
        assertThat(queried).containsExactly(token(3), token(1));
    }

    @Test
    void aReadFollowingAHeadReadWithinTheGatheringWaitsUntilItHasPassedSoOneQueryTakesTheCommitsMeanwhile() {
        assertThat(readAfterACommit(Duration.ofMillis(1))).hasSize(2);

        assertThat(pausesNanos).containsExactly(Duration.ofMillis(3).toNanos());
        assertThat(queried).containsExactly(token(0), token(3));
    }

    @Test
    void aReadLaterThanTheGatheringAfterTheHeadReadGoesToTheDatabaseAtOnce() {
        readAfterACommit(Duration.ofMillis(4));

        assertThat(pausesNanos).isEmpty();
        assertThat(queried).containsExactly(token(0), token(3));
    }

    @Test
    void aReadFromAnotherPositionThanTheHeadDoesNotWait() {
        read(gathering, token(3), 0);

        read(gathering, token(1), 2);
        assertThat(pausesNanos).isEmpty();
    }

    @Test
    void commitsDuringTheWaitAreSeenByTheQuerySoTheReadAfterItIsAnsweredWithoutOne() {
        AtomicReference<HeadOfStream> reader = new AtomicReference<>();
        reader.set(new HeadOfStream(Duration.ofMillis(10), Duration.ofMillis(4), nanos::get, waitNanos -> {
            reader.get().localAppendCommitted();
            pause(waitNanos);
        }));
        List<? extends TrackedEventData<?>> newest = read(reader.get(), token(0), 3);
        reader.get().localAppendCommitted();
        List<? extends TrackedEventData<?>> gathered = read(reader.get(), endOf(newest), 2);

        assertThat(read(reader.get(), endOf(gathered), 0)).isEmpty();
        assertThat(queried).containsExactly(token(0), token(3));
        assertThat(reader.get().answeredEmpty()).isEqualTo(1);
    }

    /** With 4 ms of gathering: a read at the head, a commit, and {@code later} the read from where it ended. */
    private List<? extends TrackedEventData<?>> readAfterACommit(Duration later) {
        List<? extends TrackedEventData<?>> newest = read(gathering, token(0), 3);
        gathering.localAppendCommitted();
        nanos.addAndGet(later.toNanos());
        return read(gathering, endOf(newest), 2);
    }

    private void pause(long waitNanos) {
        pausesNanos.add(waitNanos);
        nanos.addAndGet(waitNanos);
    }

    /** A read from {@code from}, the database holding {@code found} events after it. */
    private List<? extends TrackedEventData<?>> read(TrackingToken from, int found) {
        return read(head, from, found);
    }

    private List<? extends TrackedEventData<?>> read(HeadOfStream reader, TrackingToken from, int found) {
        return reader.read(from, BATCH, (start, batchSize) -> {
            queried.add(start);
            long after = ((GapAwareTrackingToken) start).getIndex();
            return LongStream.rangeClosed(after + 1, after + Math.min(found, batchSize))
                    .mapToObj(HeadOfStreamTest::event)
                    .toList();
        });
    }

    private static TrackingToken endOf(List<? extends TrackedEventData<?>> events) {
        return events.get(events.size() - 1).trackingToken();
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, List.of());
    }

    private static TrackedEventData<?> event(long index) {
        return new TrackedDomainEventData<>(token(index), new GenericDomainEventEntry<>("Scenario", "s", index,
                "e" + index, "2026-11-24T00:00:00Z", "Payload", "1", "{}", "{}"));
    }
}
