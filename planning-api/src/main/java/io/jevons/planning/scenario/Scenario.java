package io.jevons.planning.scenario;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.defaults.DatedChange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.actuals.ActualsRecorded;
import io.jevons.planning.api.actuals.RecordActuals;
import io.jevons.planning.api.notes.AddComment;
import io.jevons.planning.api.notes.CommentAdded;
import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.AssumptionEvent;
import io.jevons.planning.api.scenario.AssumptionEvents;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.ChangeOutcome;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ForkScenario;
import io.jevons.planning.api.scenario.RenameScenario;
import io.jevons.planning.api.scenario.ScenarioArchived;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioCreated;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioForked;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.ScenarioIsArchived;
import io.jevons.planning.api.scenario.ScenarioRenamed;
import io.jevons.planning.api.versions.LockScenario;
import io.jevons.planning.api.versions.ScenarioIsLocked;
import io.jevons.planning.api.versions.ScenarioLocked;
import io.jevons.planning.api.versions.ScenarioUnlocked;
import io.jevons.planning.api.versions.TagVersion;
import io.jevons.planning.api.versions.UnlockScenario;
import io.jevons.planning.api.versions.VersionTagged;
import io.jevons.planning.audit.AuditMetadata;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A planning scenario. It decides whether a change is allowed — the scenario is not archived, the planner
 * saw the current version, the capacity model accepts the changed assumptions — then records it as an
 * event. State changes only in {@link #on(ScenarioEvent)}, so replaying the stream rebuilds it exactly.
 */
@Aggregate(cache = "scenarioCache", commandTargetResolver = "scenarioCommandTargets")
class Scenario {

    @AggregateIdentifier
    private ScenarioId scenarioId;
    /** Everything the events say; its version is what planners see and send back in If-Match. */
    private ScenarioState state = ScenarioState.NONE;
    /** Set between deciding a change and applying its event, so the rules run once per command, not twice. */
    private transient Decided decided;

    @CommandHandler
    Scenario(CreateScenario command) {
        String name = ScenarioName.validated(command.name());
        String reason = Reasons.optional(command.reason());
        List<DatedChange> seed = command.fromDefault() ? DefaultScenario.history() : List.of();
        Assumptions seeded = Assumptions.empty(command.horizon());
        for (DatedChange change : seed) {
            seeded = change.change().applyTo(seeded); // refuses a default change outside the chosen horizon
        }
        Horizon horizon = command.horizon();
        apply(new ScenarioCreated(command.scenarioId(), name, horizon.first(), horizon.last(), reason));
        for (DatedChange change : seed) {
            apply(AssumptionEvents.of(command.scenarioId(), change.change(), change.reason()),
                    MetaData.with(AuditMetadata.SOURCE, change.source()));
        }
    }

    @CommandHandler
    Scenario(ForkScenario command) {
        String name = ScenarioName.validated(command.name());
        Assumptions copied = Assumptions.empty(command.horizon());
        for (ForkScenario.CopiedChange change : command.changes()) {
            copied = change.event().toChange().applyTo(copied);
        }
        Horizon horizon = command.horizon();
        apply(new ScenarioForked(command.scenarioId(), name, horizon.first(), horizon.last(),
                command.sourceScenarioId(), command.sourceVersion(), Reasons.optional(command.reason())));
        for (ForkScenario.CopiedChange change : command.changes()) {
            AssumptionEvent event = AssumptionEvents.of(command.scenarioId(), change.event().toChange(),
                    change.event().reason());
            apply(event, MetaData.from(Map.of(
                    AuditMetadata.ORIGINAL_USER, change.originalUser(),
                    AuditMetadata.ORIGINAL_TIME, change.originalTime().toString(),
                    AuditMetadata.COPIED_FROM, command.sourceScenarioId().toString())));
        }
    }

    @CommandHandler
    ChangeOutcome handle(ChangeAssumption command) {
        return changeAt(command.expectedVersion(), () -> {
            AssumptionEvent event = AssumptionEvents.of(scenarioId, command.change(), Reasons.required(command.reason()));
            MetaData evidence = EvidenceLinks.metaData(command.evidence());
            decided = new Decided(event, state.evolve(event)); // the capacity model's rules decide, once
            apply(event, evidence);
        });
    }

    @CommandHandler
    long handle(TagVersion command) {
        requireNotArchived();
        String tag = TagName.validated(command.tag());
        long version = command.version() == null ? state.version() : command.version();
        VersionRange.check(scenarioId, state.version(), version, "version");
        if (state.tag(tag).isPresent()) {
            throw new ScenarioConflict("tag", "scenario " + scenarioId + " already has a version named \"" + tag
                    + "\" (version " + state.tag(tag).get().version() + "); names stay with their version");
        }
        apply(new VersionTagged(scenarioId, tag, version, Reasons.optional(command.reason())));
        return state.version();
    }

    @CommandHandler
    long handle(LockScenario command) {
        requireNotArchived();
        if (state.locked()) {
            throw new ScenarioConflict("locked", "scenario " + scenarioId + " is locked already");
        }
        apply(new ScenarioLocked(scenarioId, Reasons.optional(command.reason())));
        return state.version();
    }

    @CommandHandler
    long handle(UnlockScenario command) {
        if (!state.locked()) {
            throw new ScenarioConflict("locked", "scenario " + scenarioId + " is not locked");
        }
        apply(new ScenarioUnlocked(scenarioId, Reasons.optional(command.reason())));
        return state.version();
    }

    /** Comments go on locked and archived scenarios too: a decision record outlives the plan. */
    @CommandHandler
    long handle(AddComment command) {
        String text = CommentText.validated(command.text());
        Long about = command.aboutVersion();
        if (about != null) {
            VersionRange.check(scenarioId, state.version(), about, "aboutVersion");
        }
        apply(new CommentAdded(scenarioId, text, about));
        return state.version();
    }

    /** Actuals are facts, not plan changes: a locked plan takes them, to be held against what it forecast. */
    @CommandHandler
    long handle(RecordActuals command) {
        requireNotArchived();
        ActualsRecorded recorded = ActualFigures.validated(command, state.assumptions().horizon());
        apply(recorded);
        return state.version();
    }

    @CommandHandler
    ChangeOutcome handle(RenameScenario command) {
        return changeAt(command.expectedVersion(), () -> apply(new ScenarioRenamed(scenarioId,
                ScenarioName.validated(command.name()), Reasons.optional(command.reason()))));
    }

    @CommandHandler
    ChangeOutcome handle(ArchiveScenario command) {
        return changeAt(command.expectedVersion(),
                () -> apply(new ScenarioArchived(scenarioId, Reasons.optional(command.reason()))));
    }

    /**
     * Makes the change if the scenario takes changes and is still at the version the planner saw. Versions come
     * from the event store, so one newer than this copy means the copy is outdated (see {@link OutdatedScenarioCopy}).
     */
    private ChangeOutcome changeAt(long expectedVersion, Runnable change) {
        requireNotArchived();
        if (state.locked()) {
            throw new ScenarioIsLocked(scenarioId);
        }
        if (expectedVersion > state.version()) {
            throw new OutdatedScenarioCopy(scenarioId, expectedVersion, state.version());
        }
        if (expectedVersion != state.version()) {
            return new ChangeOutcome.Stale(expectedVersion, state.version());
        }
        change.run();
        return new ChangeOutcome.Applied(state.version());
    }

    private void requireNotArchived() {
        if (state.archived()) {
            throw new ScenarioIsArchived(scenarioId);
        }
    }

    @EventSourcingHandler
    void on(ScenarioEvent event) {
        state = decided != null && decided.event() == event ? decided.state() : state.evolve(event);
        decided = null;
        scenarioId = state.scenarioId();
    }

    /** The state a command handler computed (and so validated) for the event it is about to apply. */
    private record Decided(ScenarioEvent event, ScenarioState state) {
    }

    /** Axon needs a no-argument constructor to rebuild the aggregate from its events. */
    Scenario() {
    }

    /** For tests: the assumptions as the events left them. */
    Assumptions assumptions() {
        return state.assumptions();
    }
}
