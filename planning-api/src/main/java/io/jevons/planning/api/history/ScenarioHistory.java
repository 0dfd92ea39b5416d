package io.jevons.planning.api.history;

import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a scenario's events straight from the event store (never from a snapshot or a read model): the
 * source of truth for as-of views, forks and the changes a planner missed. One per process, made by the event
 * store's configuration.
 */
public class ScenarioHistory {

    private final EventStore eventStore;

    public ScenarioHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<RecordedEvent> read(ScenarioId id) {
        return readWhile(id, 0, event -> true);
    }

    /** Events up to and including {@code version}. */
    public List<RecordedEvent> readUpTo(ScenarioId id, long version) {
        return readWhile(id, 0, event -> event.version() <= version);
    }

    /** Events after version {@code after} up to and including version {@code upTo}. */
    public List<RecordedEvent> readBetween(ScenarioId id, long after, long upTo) {
        return readWhile(id, Math.max(0, after), event -> event.version() <= upTo);
    }

    /** Events after {@code version}, e.g. the changes a planner who saw that version missed. */
    public List<RecordedEvent> readAfter(ScenarioId id, long version) {
        return readWhile(id, Math.max(0, version), event -> true);
    }

    /** The event that made {@code version}, if the scenario has one. */
    public Optional<RecordedEvent> readVersion(ScenarioId id, long version) {
        return version < 1 ? Optional.empty()
                : readWhile(id, version - 1, event -> event.version() == version).stream().findFirst();
    }

    /** The number of events in the scenario's stream; 0 when there is no such scenario. */
    public long currentVersion(ScenarioId id) {
        return eventStore.lastSequenceNumberFor(id.toString()).map(sequence -> sequence + 1).orElse(0L);
    }

    /** Reads from the event at sequence number {@code firstSequence} (version firstSequence + 1). */
    private List<RecordedEvent> readWhile(ScenarioId id, long firstSequence, Predicate<RecordedEvent> keepGoing) {
        List<RecordedEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(id.toString(), firstSequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            RecordedEvent event = new RecordedEvent(message.getSequenceNumber() + 1, (ScenarioEvent) message.getPayload(),
                    message.getTimestamp(), message.getMetaData());
            if (!keepGoing.test(event)) {
                break;
            }
            events.add(event);
        }
        return events;
    }
}
