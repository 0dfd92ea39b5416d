package io.jevons.planning.scenario.copies;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.versions.ScenarioIsLocked;
import io.jevons.planning.scenario.Scenario;
import io.jevons.planning.scenario.ScenarioAlreadyExists;
import io.jevons.planning.scenario.ScenarioRules;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a whole scenario stream whose events keep their original users and times: the demo history, and scenarios
 * exported from another installation. Each event is checked by the same {@link ScenarioRules} as the commands'
 * before it is written, so an import can never store what a planner could not. The events are read one at a time
 * and appended in chunks of {@value #CHUNK} in one transaction: all of them are stored or none, and only a chunk is
 * held in memory, whatever the length of the history.
 */
@Component
public class ScenarioImports {

    /** Axon's aggregate type of the scenario streams. */
    static final String AGGREGATE_TYPE = Scenario.class.getSimpleName();
    private static final int CHUNK = 1_000;

    private final EventStore eventStore;
    private final TransactionTemplate transactions;

    ScenarioImports(EventStore eventStore, TransactionTemplate transactions) {
        this.eventStore = eventStore;
        this.transactions = transactions;
    }

    /**
     * Stores the stream as scenario {@code id} and answers its version. Refuses, naming the event
     * ({@code events[i]}), a stream that commands could not have made, and an id already in use; the iterator's
     * own refusals (a file that cannot be read) pass through. Either way nothing is stored.
     */
    public long importStream(ScenarioId id, Iterator<ImportedEvent> events) {
        Long version = transactions.execute(status -> {
            if (eventStore.lastSequenceNumberFor(id.toString()).isPresent()) {
                throw new ScenarioAlreadyExists(id);
            }
            ScenarioState state = ScenarioState.NONE;
            List<DomainEventMessage<?>> chunk = new ArrayList<>(CHUNK);
            while (events.hasNext()) {
                ImportedEvent imported = events.next();
                String field = "events[" + state.version() + "]";
                if (!id.equals(imported.event().scenarioId())) {
                    throw InvalidAssumptionsException.of(field + ".scenarioId", "an event of another scenario");
                }
                state = accept(state, imported.event(), field);
                chunk.add(message(id, state.version() - 1, imported));
                if (chunk.size() == CHUNK) {
                    append(id, chunk);
                }
            }
            append(id, chunk);
            return state.version();
        });
        return version == null ? 0 : version;
    }

    private void append(ScenarioId id, List<DomainEventMessage<?>> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            eventStore.publish(chunk);
        } catch (AggregateStreamCreationException | ConcurrencyException createdMeanwhile) {
            throw new ScenarioAlreadyExists(id);
        }
        chunk.clear();
    }

    /** The state after the event if a command could have recorded it there; else refused, naming the event. */
    private static ScenarioState accept(ScenarioState state, ScenarioEvent event, String field) {
        try {
            return ScenarioRules.accept(state, event);
        } catch (InvalidAssumptionsException invalid) {
            throw invalid.within(field);
        } catch (IllegalStateException | ScenarioIsArchived | ScenarioIsLocked | ScenarioConflict cannotFollow) {
            throw InvalidAssumptionsException.of(field, cannotFollow.getMessage());
        }
    }

    private static DomainEventMessage<?> message(ScenarioId id, long sequence, ImportedEvent imported) {
        Map<String, Object> metadata = new HashMap<>(imported.metadata());
        metadata.put(AuditMetadata.USER, imported.user());
        metadata.putIfAbsent(AuditMetadata.CORRELATION_ID, "import-" + id);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, id.toString(), sequence, imported.event(), metadata,
                UUID.randomUUID().toString(), imported.time());
    }
}
