package io.jevons.planning.scenario;

import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import io.jevons.planning.api.versions.ScenarioIsLocked;
import io.jevons.planning.audit.AuditMetadata;
import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a whole scenario stream whose events keep their original users and times: the demo history,
 * and scenarios exported from another installation. Each event is checked by the same {@link ScenarioRules} as the
 * commands' first, so an import can never store what a planner could not.
 */
@Component
public class ScenarioImports {

    /** Axon's aggregate type of the scenario streams. */
    static final String AGGREGATE_TYPE = Scenario.class.getSimpleName();

    private final EventStore eventStore;

    ScenarioImports(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Stores the stream as scenario {@code id} and answers its version. Refuses, naming the event
     * ({@code events[i]}), a stream that commands could not have made, and an id already in use.
     */
    public long importStream(ScenarioId id, List<ImportedEvent> events) {
        ScenarioState state = ScenarioState.NONE;
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent event = events.get(i).event();
            if (!id.equals(event.scenarioId())) {
                throw new IllegalArgumentException("event of scenario " + event.scenarioId() + " in the stream of " + id);
            }
            state = evolve(state, event, "events[" + i + "]");
        }
        if (eventStore.lastSequenceNumberFor(id.toString()).isPresent()) {
            throw new ScenarioAlreadyExists(id);
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ImportedEvent imported = events.get(i);
            Map<String, Object> metadata = new HashMap<>(imported.metadata());
            metadata.put(AuditMetadata.USER, imported.user());
            metadata.putIfAbsent(AuditMetadata.CORRELATION_ID, "import-" + id);
            messages.add(message(id, i, imported.event(), metadata, imported));
        }
        try {
            eventStore.publish(messages);
        } catch (AggregateStreamCreationException | ConcurrencyException createdMeanwhile) {
            throw new ScenarioAlreadyExists(id);
        }
        return events.size();
    }

    /** The state after the event if a command could have recorded it there; else refused, naming the event. */
    private static ScenarioState evolve(ScenarioState state, ScenarioEvent event, String field) {
        try {
            return ScenarioRules.accept(state, event);
        } catch (InvalidAssumptionsException invalid) {
            throw new InvalidAssumptionsException(invalid.violations().stream()
                    .map(violation -> new AssumptionViolation(field + "." + violation.field(), violation.reason()))
                    .toList());
        } catch (IllegalStateException | ScenarioIsArchived | ScenarioIsLocked | ScenarioConflict cannotFollow) {
            throw InvalidAssumptionsException.of(field, cannotFollow.getMessage());
        }
    }

    private static DomainEventMessage<?> message(ScenarioId id, long sequence, ScenarioEvent event,
                                                 Map<String, Object> metadata, ImportedEvent imported) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.toString(), sequence, event, metadata,
                UUID.randomUUID().toString(), imported.time());
    }
}
