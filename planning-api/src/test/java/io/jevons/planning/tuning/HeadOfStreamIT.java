package io.jevons.planning.tuning;


import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads at the head of the event stream answered without a query ({@link HeadOfStream}) on the real event store:
 * they save the reader's repeated queries and never cost it an event. A fetch delay of 5 s makes the window half a
 * second, so that a slow test machine does not turn an expected skip into a query.
 */
@SpringBootTest(properties = "jevons.event-store.fetch-delay=PT5S")
@PostgresIntegrationTest
class HeadOfStreamIT {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionManager transactions;
    @Autowired
    HeadOfStream head;
    @Autowired
    MeterRegistry metrics;

    @Test
    void theReadAfterTheNewestEventIsAnsweredWithoutAQueryUntilThisNodeCommitsAnother() {
        ScenarioId id = ScenarioId.random();
        TrackingToken start = eventStore.createHeadToken();
        eventStore.publish(created(id));
        long answeredEmpty = head.answeredEmpty();

        List<? extends TrackedEventMessage<?>> first = storageEngine.readEvents(start, false).toList();
        assertThat(first).extracting(TrackedEventMessage::getPayload).singleElement().isInstanceOf(ScenarioCreated.class);
        assertThat(head.answeredEmpty()).as("the read after the newest event").isEqualTo(answeredEmpty + 1);

        eventStore.publish(renamed(id, 1));
        List<? extends TrackedEventMessage<?>> second =
                storageEngine.readEvents(first.get(0).trackingToken(), false).toList();
        assertThat(second).extracting(TrackedEventMessage::getPayload).singleElement().isInstanceOf(ScenarioRenamed.class);
        assertThat(head.answeredEmpty()).isEqualTo(answeredEmpty + 2);
        assertThat(metrics.get("jevons.event.store.reads.answered.empty").functionCounter().count())
                .isEqualTo(answeredEmpty + 2);
    }

    /** Eight writers append 100 events each, one unit of work per event, while a reader follows the head. */
    @Test
    void aReaderFollowingTheHeadGetsEveryEventAppendedOnThisNode() throws Exception {
        List<ScenarioId> scenarios = IntStream.range(0, 8).mapToObj(i -> ScenarioId.random()).toList();
        Set<String> aggregates = scenarios.stream().map(ScenarioId::toString).collect(Collectors.toSet());
        Set<String> received = new HashSet<>();
        ExecutorService writers = Executors.newFixedThreadPool(scenarios.size());
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(eventStore.createHeadToken())) {
            List<Future<?>> appends = scenarios.stream()
                    .<Future<?>>map(id -> writers.submit(() -> appendOneAtATime(id, 100)))
                    .toList();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < 800 && System.nanoTime() < deadline) {
                if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)
                        && stream.nextAvailable() instanceof DomainEventMessage<?> event
                        && aggregates.contains(event.getAggregateIdentifier())) {
                    received.add(event.getAggregateIdentifier() + "/" + event.getSequenceNumber());
                }
            }
            for (Future<?> append : appends) {
                append.get();
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(received).hasSize(800);
    }

    private void appendOneAtATime(ScenarioId id, int events) {
        for (int sequence = 0; sequence < events; sequence++) {
            DomainEventMessage<?> event = sequence == 0 ? created(id) : renamed(id, sequence);
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions);
            unitOfWork.execute(() -> eventStore.publish(event));
        }
    }

    private static DomainEventMessage<?> created(ScenarioId id) {
        return new GenericDomainEventMessage<>("Scenario", id.toString(), 0,
                new ScenarioCreated(id, "Head", Quarter.of(2025, 1), Quarter.of(2030, 4), "test"));
    }

    private static DomainEventMessage<?> renamed(ScenarioId id, long sequence) {
        return new GenericDomainEventMessage<>("Scenario", id.toString(), sequence,
                new ScenarioRenamed(id, "Name " + sequence, null));
    }
}
