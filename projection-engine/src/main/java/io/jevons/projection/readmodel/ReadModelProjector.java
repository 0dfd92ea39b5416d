package io.jevons.projection.readmodel;

import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.history.EventSummaries;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.cluster.DatabaseOutage;
import io.jevons.projection.tuning.CommittedStates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Feeds every read model of one generation. Events are collected per batch of the processor and each touched
 * scenario is projected once when the batch commits, not once per event; state, rows, audit entries and the
 * processor's token commit in one transaction. Events at or below a scenario's stored version (a replay of
 * the same batch after a failure) change nothing. A generation being rebuilt does not serve reads, so it leaves
 * the projection rows to {@link ProjectionCatchUp} (run once before the switch): a scenario with a thousand
 * events would otherwise be projected and written again in nearly every batch of a replay.
 */
public final class ReadModelProjector {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProjector.class);

    private final ReadModelStore store;
    private final BooleanSupplier serving;
    private final String batchKey;
    private final ProjectedEvents projected;
    private final EventStore history;
    private final CommittedStates committed = new CommittedStates();
    /** Scenarios whose rows the database refused, from the first version of the failed batch on. */
    private final Map<ScenarioId, UnstorableChanges> unstorable = new ConcurrentHashMap<>();
    private final TransactionTemplate trials;
    /** A state is kept as a snapshot at every version that is a multiple of this. */
    private final int snapshotInterval;

    /**
     * @param serving whether this generation serves reads now: its projections are written at once and open
     *                pages hear of its changes
     * @param projected told of every committed batch (metrics)
     * @param history    where a scenario's events are read when some of them never reached this projector
     * @param transactions where a batch the database refused is tried again one scenario at a time
     * @param snapshotInterval a scenario's state is kept at every version that is a multiple of this
     */
    public ReadModelProjector(ReadModelStore store, BooleanSupplier serving, String name, ProjectedEvents projected,
                              EventStore history, PlatformTransactionManager transactions, int snapshotInterval) {
        this.snapshotInterval = snapshotInterval;
        this.store = store;
        this.trials = new TransactionTemplate(transactions);
        this.trials.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.serving = serving;
        this.batchKey = "readmodel-batch-" + name;
        this.projected = projected;
        this.history = history;
    }

    @EventHandler
    void on(ScenarioEvent event, DomainEventMessage<?> message) {
        UnstorableChanges unstorable = this.unstorable.get(event.scenarioId());
        if (unstorable != null && message.getSequenceNumber() + 1 >= unstorable.fromVersion()) {
            deadLetter(event.scenarioId(), unstorable);
        }
        apply(currentBatch(), event, message);
    }

    /**
     * Fails the handling of a scenario whose rows the database refused, so that the processor's dead-letter queue
     * takes this event and every later one of the scenario, and the batch goes on without it. Should the batch roll
     * back after all, the next try fails it again.
     */
    private void deadLetter(ScenarioId id, UnstorableChanges unstorable) {
        this.unstorable.remove(id, unstorable);
        CurrentUnitOfWork.get().root().onRollback(unitOfWork -> this.unstorable.putIfAbsent(id, unstorable));
        throw new UnstorableChanges.Refused(id, unstorable);
    }

    /**
     * Projects one scenario's events in the caller's transaction, the way a batch of the processor would: a bulk
     * rebuild reads a scenario's whole stream at once.
     */
    public void projectAll(List<? extends DomainEventMessage<?>> messages) {
        Batch batch = new Batch();
        for (DomainEventMessage<?> message : messages) {
            apply(batch, (ScenarioEvent) message.getPayload(), message);
        }
        flush(batch.scenarios);
        projected.committed(batch.applied(), batch.storedAlready, batch.changedStates().size());
    }

    private void apply(Batch batch, ScenarioEvent event, DomainEventMessage<?> message) {
        ScenarioBatch scenario = batch.scenarios.computeIfAbsent(event.scenarioId(), this::load);
        long version = message.getSequenceNumber() + 1;
        if (version <= scenario.state.version()) {
            batch.storedAlready++;
            return;
        }
        if (version > scenario.state.version() + 1) {
            fillGap(scenario, event.scenarioId(), version);
        }
        evolve(scenario, event, message, version);
    }

    /**
     * The processor delivered a scenario's event while earlier ones are missing from its state (seen after a
     * PostgreSQL restart under load: the token had moved past events that were never projected). The missing
     * events are read from the scenario's own stream, so that its read models never silently lack a change.
     */
    private void fillGap(ScenarioBatch scenario, ScenarioId id, long version) {
        long from = scenario.state.version();
        log.warn("Read models of {}: scenario {} is at version {} but event {} arrived; reading the missing events",
                batchKey, id.value(), from, version);
        history.readEvents(id.toString(), from).asStream()
                .filter(missing -> missing.getSequenceNumber() + 1 < version)
                .forEach(missing -> evolve(scenario, (ScenarioEvent) missing.getPayload(), missing,
                        missing.getSequenceNumber() + 1));
    }

    private void evolve(ScenarioBatch scenario, ScenarioEvent event, DomainEventMessage<?> message, long version) {
        scenario.state = scenario.state.evolve(event); // a poison event fails here, and only its scenario stops
        scenario.audit.add(auditRow(event, message, version));
        if (version % snapshotInterval == 0) {
            scenario.snapshots.add(scenario.state);
        }
    }

    /** The events of one batch of the processor (one unit of work), by scenario. */
    private static final class Batch {
        final Map<ScenarioId, ScenarioBatch> scenarios = new LinkedHashMap<>();
        int storedAlready;

        int applied() {
            return scenarios.values().stream().mapToInt(scenario -> scenario.audit.size()).sum();
        }

        List<ScenarioState> changedStates() {
            return scenarios.values().stream().filter(ScenarioBatch::changed).map(scenario -> scenario.state).toList();
        }
    }

    private ScenarioBatch load(ScenarioId id) {
        ScenarioState state = committed.stored(id, () -> store.states().storedVersion(id))
                .orElseGet(() -> store.states().load(List.of(id)).getOrDefault(id, ScenarioState.NONE));
        return new ScenarioBatch(state);
    }

    private Batch currentBatch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(batchKey, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(unitOfWork -> flush(batch.scenarios));
            root.afterCommit(unitOfWork -> {
                List<ScenarioState> written = batch.changedStates();
                projected.committed(batch.applied(), batch.storedAlready, written.size());
                committed.remember(written);
            });
            return batch;
        });
    }

    /**
     * Writes the batch's scenarios. If the database refuses the rows (not an outage: a value it cannot store), each
     * scenario is written again alone in a transaction rolled back at once, and those it still refuses are
     * remembered: the batch fails now, and when the processor tries it again their events go to the dead-letter
     * queue instead ({@link #on}), so one scenario cannot stop its segment.
     */
    private void flush(Map<ScenarioId, ScenarioBatch> batch) {
        try {
            write(batch.values());
        } catch (DataAccessException refused) {
            if (!DatabaseOutage.explains(refused)) {
                findUnstorable(batch.values());
            }
            throw refused;
        }
    }

    private void findUnstorable(Collection<ScenarioBatch> batch) {
        for (ScenarioBatch scenario : batch) {
            if (!scenario.changed()) {
                continue;
            }
            try {
                trials.executeWithoutResult(status -> {
                    status.setRollbackOnly();
                    write(List.of(scenario));
                });
            } catch (DataAccessException refused) {
                if (DatabaseOutage.explains(refused)) {
                    return;
                }
                AuditRow first = scenario.audit.get(0);
                UnstorableChanges unstorable = new UnstorableChanges(first.version(),
                        refused.getMostSpecificCause().getMessage());
                this.unstorable.putIfAbsent(first.scenarioId(), unstorable);
                log.warn("Read models of {}: the database refuses scenario {} from version {} ({}); its events go to "
                        + "the dead-letter queue", batchKey, first.scenarioId().value(), first.version(),
                        unstorable.cause());
            }
        }
    }

    private void write(Collection<ScenarioBatch> batch) {
        boolean servesReads = serving.getAsBoolean();
        store.commitAsynchronously();
        store.write(batch.stream().filter(ScenarioBatch::changed)
                .map(scenario -> new ChangedScenario(scenario.state, List.copyOf(scenario.audit),
                        servesReads ? CapacityProjector.project(scenario.state.assumptions()) : null,
                        List.copyOf(scenario.snapshots)))
                .toList());
    }

    private static AuditRow auditRow(ScenarioEvent event, DomainEventMessage<?> message, long version) {
        String family = event instanceof AssumptionEvent change
                ? change.toChange().family().name() : AssumptionFamily.SCENARIO.name();
        String originalUser = text(message, AuditMetadata.ORIGINAL_USER);
        return new AuditRow(event.scenarioId(), version, message.getIdentifier(), event.getClass().getSimpleName(),
                family, text(message, AuditMetadata.USER), message.getTimestamp(), event.reason(),
                EventSummaries.of(event), text(message, AuditMetadata.CORRELATION_ID), text(message, AuditMetadata.SOURCE),
                text(message, AuditMetadata.EVIDENCE), text(message, AuditMetadata.EVIDENCE_LINK), originalUser,
                originalUser == null ? null : !message.getMetaData().containsKey(AuditMetadata.IMPORTED_FROM));
    }

    private static String text(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
