package io.jevons.planning.scenario;

import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditMetadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a whole scenario stream whose events keep their original users and times: the demo history,
 * and scenarios exported from another installation. The events are replayed through the same
 * {@link ScenarioState#evolve} as commands first, so an import can never store what a planner could not.
 */
@Component
public class ScenarioImports {

    /** Axon's aggregate type of the scenario streams. */
    static final String AGGREGATE_TYPE = Scenario.class.getSimpleName();

    private final EventStore eventStore;

    ScenarioImports(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Stores the stream as scenario {@code id} and answers its version; refuses an id already in use. */
    public long importStream(ScenarioId id, List<ImportedEvent> events) {
        for (ImportedEvent imported : events) {
            if (!id.equals(imported.event().scenarioId())) {
                throw new IllegalArgumentException("event of scenario " + imported.event().scenarioId()
                        + " in the stream of " + id);
            }
        }
        ScenarioState.replay(events.stream().map(ImportedEvent::event).toList());
        if (eventStore.lastSequenceNumberFor(id.toString()).isPresent()) {
            throw new IllegalStateException("scenario " + id + " exists already");
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ImportedEvent imported = events.get(i);
            Map<String, Object> metadata = new HashMap<>(imported.metadata());
            metadata.put(AuditMetadata.USER, imported.user());
            metadata.putIfAbsent(AuditMetadata.CORRELATION_ID, "import-" + id);
            messages.add(message(id, i, imported.event(), metadata, imported));
        }
        eventStore.publish(messages);
        return events.size();
    }

    private static DomainEventMessage<?> message(ScenarioId id, long sequence, ScenarioEvent event,
                                                 Map<String, Object> metadata, ImportedEvent imported) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.toString(), sequence, event, metadata,
                UUID.randomUUID().toString(), imported.time());
    }
}
