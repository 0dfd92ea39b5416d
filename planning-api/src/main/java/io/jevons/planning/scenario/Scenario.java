package io.jevons.planning.scenario;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.defaults.DatedChange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.plan.PlanEdits;
import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.actuals.RecordActuals;
import io.jevons.planning.api.calibration.RemoveAnchor;
import io.jevons.planning.api.calibration.SetAnchor;
import io.jevons.planning.api.event.ActualsRecorded;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.ChangesMerged;
import io.jevons.planning.api.event.ProposalClosed;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalMerged;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.proposal.CloseProposal;
import io.jevons.planning.api.proposal.CommentOnProposal;
import io.jevons.planning.api.proposal.MergeProposal;
import io.jevons.planning.api.proposal.OpenProposal;
import io.jevons.planning.api.proposal.OpenedProposal;
import io.jevons.planning.api.proposal.ReviewProposal;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.event.ScenarioArchived;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioRenamed;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.notes.AddComment;
import io.jevons.planning.api.plan.EditPlan;
import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.ChangeOutcome;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ForkScenario;
import io.jevons.planning.api.scenario.RenameScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.versions.LockScenario;
import io.jevons.planning.api.versions.TagVersion;
import io.jevons.planning.api.versions.UnlockScenario;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageHandlerInvocationException;
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
public class Scenario {

    @AggregateIdentifier
    private ScenarioId scenarioId;
    /** Everything the events say; its version is what planners see and send back in If-Match. */
    private ScenarioState state = ScenarioState.NONE;

    @CommandHandler
    Scenario(CreateScenario command) {
        Horizon horizon = command.horizon();
        ScenarioCreated created = new ScenarioCreated(command.scenarioId(), BoundedText.stripped(command.name()),
                horizon.first(), horizon.last(), Reasons.stripped(command.reason()));
        ScenarioRules.check(ScenarioState.NONE, created);
        List<DatedChange> seed = command.fromDefault() ? DefaultScenario.history() : List.of();
        Assumptions seeded = Assumptions.empty(command.horizon());
        for (DatedChange change : seed) {
            seeded = change.change().applyTo(seeded); // refuses a default change outside the chosen horizon
        }
        apply(created);
        for (DatedChange change : seed) {
            apply(AssumptionEvents.of(command.scenarioId(), change.change(), change.reason()),
                    MetaData.with(AuditMetadata.SOURCE, change.source()));
        }
    }

    @CommandHandler
    Scenario(ForkScenario command) {
        Horizon horizon = command.horizon();
        ScenarioForked forked = new ScenarioForked(command.scenarioId(), BoundedText.stripped(command.name()),
                horizon.first(), horizon.last(), command.sourceScenarioId(), command.sourceVersion(),
                Reasons.stripped(command.reason()));
        ScenarioRules.check(ScenarioState.NONE, forked);
        Assumptions copied = Assumptions.empty(command.horizon());
        for (ForkScenario.CopiedChange change : command.changes()) {
            copied = change.event().toChange().applyTo(copied);
        }
        apply(forked);
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
        return changeAt(command.expectedVersion(),
                () -> decideAndApply(command.change(), command.reason(), command.evidence()));
    }

    /** The cells are read against the assumptions at the version the planner saw, so they mean what was typed. */
    @CommandHandler
    ChangeOutcome handle(EditPlan command) {
        return changeAt(command.expectedVersion(), () -> decideAndApply(
                PlanEdits.changes(state.assumptions(), command.edits()), command.reason(), command.evidence()));
    }

    private void decideAndApply(AssumptionChange change, String reason, Evidence evidence) {
        record(AssumptionEvents.of(scenarioId, change, Reasons.stripped(reason)), EvidenceLinks.metaData(evidence));
    }

    @CommandHandler
    long handle(TagVersion command) {
        long version = command.version() == null ? state.version() : command.version();
        return record(new VersionTagged(scenarioId, BoundedText.stripped(command.tag()), version,
                Reasons.stripped(command.reason())));
    }

    @CommandHandler
    long handle(LockScenario command) {
        return record(new ScenarioLocked(scenarioId, Reasons.stripped(command.reason())));
    }

    @CommandHandler
    long handle(UnlockScenario command) {
        return record(new ScenarioUnlocked(scenarioId, Reasons.stripped(command.reason())));
    }

    /** Comments go on locked and archived scenarios too: a decision record outlives the plan. */
    @CommandHandler
    long handle(AddComment command) {
        return record(new CommentAdded(scenarioId, BoundedText.stripped(command.text()), command.aboutVersion()));
    }

    /** Actuals are facts, not plan changes: a locked plan takes them, to be held against what it forecast. */
    @CommandHandler
    long handle(RecordActuals command) {
        return record(new ActualsRecorded(scenarioId, command.quarter(), command.chipsDelivered(),
                command.tokensServed(), command.spend(), Reasons.stripped(command.reason())));
    }

    /** A planner's own anchor is a figure to hold the plan against, not a plan change: a locked plan takes it. */
    @CommandHandler
    long handle(SetAnchor command) {
        return record(new AnchorSet(scenarioId, BoundedText.stripped(command.anchor()), BoundedText.stripped(command.name()),
                command.quantity(), BoundedText.stripped(command.subject()), command.period(), command.value(),
                command.bound(), command.tolerance(), command.published(), BoundedText.stripped(command.source()),
                Reasons.stripped(command.reason())));
    }

    @CommandHandler
    long handle(RemoveAnchor command) {
        return record(new AnchorRemoved(scenarioId, command.anchor(), Reasons.stripped(command.reason())));
    }

    @CommandHandler
    OpenedProposal handle(OpenProposal command) {
        int number = state.proposals().size() + 1;
        return new OpenedProposal(number, record(new ProposalOpened(scenarioId, number, command.targetScenarioId(),
                BoundedText.stripped(command.title()), Reasons.stripped(command.description()), command.fromVersion(),
                command.baseVersion())));
    }

    @CommandHandler
    long handle(CommentOnProposal command) {
        return record(new ProposalCommented(scenarioId, command.proposal(), BoundedText.stripped(command.text()),
                command.aboutVersion()));
    }

    @CommandHandler
    long handle(ReviewProposal command) {
        return record(new ProposalReviewed(scenarioId, command.proposal(), command.verdict(),
                Reasons.stripped(command.text())));
    }

    @CommandHandler
    long handle(CloseProposal command) {
        return record(new ProposalClosed(scenarioId, command.proposal(), Reasons.stripped(command.reason())));
    }

    /** The target's half of a merge ({@link ProposalMerges}): the proposal's changes as one version. */
    ChangeOutcome merge(MergeProposal command) {
        return changeAt(command.expectedVersion(), () -> record(new ChangesMerged(scenarioId,
                command.sourceScenarioId(), command.proposal(), command.title(), command.changes(),
                Reasons.stripped(command.reason())), EvidenceLinks.metaData(command.evidence()).mergedWith(Map.of(
                AuditMetadata.MERGED_FROM, command.sourceScenarioId().toString(),
                AuditMetadata.PROPOSAL, Integer.toString(command.proposal())))));
    }

    /** The source's half of a merge: the proposal is merged, if nothing was added to it since the merger looked. */
    void markMerged(MergeProposal command, long targetVersion) {
        if (state.version() != command.expectedSourceVersion()) {
            throw new ScenarioConflict("proposal", "the proposal's scenario is at version " + state.version() + ", not "
                    + command.expectedSourceVersion() + ": look at the proposal again before merging it");
        }
        record(new ProposalMerged(scenarioId, command.proposal(), state.version(), targetVersion));
    }

    @CommandHandler
    ChangeOutcome handle(RenameScenario command) {
        return changeAt(command.expectedVersion(), () -> record(new ScenarioRenamed(scenarioId,
                BoundedText.stripped(command.name()), Reasons.stripped(command.reason()))));
    }

    @CommandHandler
    ChangeOutcome handle(ArchiveScenario command) {
        return changeAt(command.expectedVersion(),
                () -> record(new ScenarioArchived(scenarioId, Reasons.stripped(command.reason()))));
    }

    /**
     * Makes the change if the scenario takes changes and is still at the version the planner saw. Versions come
     * from the event store, so one newer than this copy means the copy is outdated (see {@link OutdatedScenarioCopy}).
     */
    private ChangeOutcome changeAt(long expectedVersion, Runnable change) {
        ScenarioRules.requireTakesChanges(state);
        if (expectedVersion > state.version()) {
            throw new OutdatedScenarioCopy(scenarioId, expectedVersion, state.version());
        }
        if (expectedVersion != state.version()) {
            return new ChangeOutcome.Stale(expectedVersion, state.version());
        }
        change.run();
        return new ChangeOutcome.Applied(state.version());
    }

    private long record(ScenarioEvent event) {
        return record(event, MetaData.emptyInstance());
    }

    /**
     * Records an event that the rules accept at the current state, and answers the version it made. The capacity
     * model's rules run once, as {@link #on} folds the event: a change they refuse throws there, before the event
     * is published, and the command stores nothing. Axon wraps what an event-sourcing handler throws; the planner
     * is owed the refusal itself.
     */
    private long record(ScenarioEvent event, MetaData metaData) {
        ScenarioRules.check(state, event);
        try {
            apply(event, metaData);
        } catch (MessageHandlerInvocationException wrapped) {
            throw wrapped.getCause() instanceof RuntimeException refusal ? refusal : wrapped;
        }
        return state.version();
    }

    @EventSourcingHandler
    void on(ScenarioEvent event) {
        state = state.evolve(event);
        scenarioId = state.scenarioId();
    }

    /** Axon needs a no-argument constructor to rebuild the aggregate from its events. */
    Scenario() {
    }

    /** For tests: the assumptions as the events left them. */
    Assumptions assumptions() {
        return state.assumptions();
    }
}
