package io.jevons.planning.proposals;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.plan.PlanEdits;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.MergedChange;
import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.proposal.MergeProposal;
import io.jevons.planning.api.proposal.OpenProposal;
import io.jevons.planning.api.proposal.OpenedProposal;
import io.jevons.planning.api.proposal.ProposalComparison;
import io.jevons.planning.api.scenario.ConflictingChanges;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ProposalState;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.http.ResourceNotFound;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens proposals where their changes start, and merges them as their merger resolved the conflicts. */
@Component
class Proposals {

    private final ScenarioHistory history;
    private final AuditedCommands commands;
    private final ScenarioUpdates updates;

    Proposals(ScenarioHistory history, AuditedCommands commands, ScenarioUpdates updates) {
        this.history = history;
        this.commands = commands;
        this.updates = updates;
    }

    OpenedProposal open(ScenarioId source, String title, String description) {
        List<RecordedEvent> events = eventsOf(source);
        ScenarioState state = RecordedEvent.replay(events);
        if (state.forkedFrom() == null) {
            throw new ScenarioConflict("targetScenarioId", "only a fork proposes changes, to the scenario it was "
                    + "forked from; this scenario was not forked");
        }
        ProposalStart start = ProposalStart.of(state, events);
        if (events.stream().noneMatch(event -> event.version() > start.fromVersion()
                && !ChangeRecord.of(event).isEmpty())) {
            throw InvalidAssumptionsException.of("changes", "nothing to propose: no assumption changed after version "
                    + start.fromVersion());
        }
        return commands.send(new OpenProposal(source, state.forkedFrom(), title, description, start.fromVersion(),
                start.baseVersion()));
    }

    ResponseEntity<ScenarioVersionResponse> merge(ScenarioId source, int number, ChangeHeaders headers,
                                                  MergeRequest request) {
        long expectedTargetVersion = headers.expectedVersion();
        Evidence evidence = headers.parsedEvidence();
        List<RecordedEvent> sourceEvents = eventsOf(source);
        ScenarioState sourceState = RecordedEvent.replay(sourceEvents);
        ProposalState proposal = sourceState.proposal(number)
                .orElseThrow(() -> new ResourceNotFound("proposal #" + number + " of scenario " + source));
        proposal.requireOpen();
        if (request.sourceVersion() == null) {
            throw InvalidAssumptionsException.of("sourceVersion", "say which version of the proposal's scenario you "
                    + "reviewed (it is at " + sourceState.version() + ")");
        }
        ScenarioId target = proposal.targetScenarioId();
        List<RecordedEvent> targetEvents = history.readUpTo(target, expectedTargetVersion);
        ProposalComparison comparison = ProposalComparison.of(proposal, sourceEvents, targetEvents);
        if (comparison.approval().isEmpty()) {
            throw new ScenarioConflict("proposal", "proposal #" + number + " is merged once approved by someone other "
                    + "than its author, in its latest review");
        }
        Map<String, MergeRequest.Resolution> resolutions = resolutions(comparison, request.resolutions());
        List<MergedChange> merged = merged(target, comparison, resolutions,
                RecordedEvent.replay(targetEvents).assumptions());
        return updates.send(target, expectedTargetVersion, version -> new MergeProposal(target, version, source, number,
                request.sourceVersion(), proposal.title(), merged, request.reason(), evidence));
    }

    private static Map<String, MergeRequest.Resolution> resolutions(ProposalComparison comparison,
                                                                    List<MergeRequest.Resolution> given) {
        Violations violations = new Violations();
        Map<String, MergeRequest.Resolution> byItem = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            MergeRequest.Resolution resolution = given.get(i);
            String field = "resolutions[" + i + "]";
            if (resolution == null || comparison.conflict(resolution.item()).isEmpty()) {
                violations.add(field + ".item", "the proposal has no conflict on "
                        + (resolution == null ? "nothing" : "'" + resolution.item() + "'"));
            } else if (resolution.take() == null) {
                violations.add(field + ".take", "take TARGET, PROPOSAL or EDIT");
            } else if (resolution.take() == MergeRequest.Take.EDIT
                    && (resolution.edits() == null || resolution.edits().isEmpty())) {
                violations.add(field + ".edits", "an edit gives the plan cells that settle the conflict");
            } else if (byItem.put(resolution.item(), resolution) != null) {
                violations.add(field + ".item", "'" + resolution.item() + "' is resolved twice");
            }
        }
        violations.throwIfAny();
        List<ProposalComparison.Conflict> open = comparison.conflicts().stream()
                .filter(conflict -> !byItem.containsKey(conflict.item().id())).toList();
        if (!open.isEmpty()) {
            throw new ConflictingChanges("resolutions", open.size() + " of the proposal's changes conflict with "
                    + "changes of the target since the two parted: take the target's, the proposal's or edit each",
                    open.stream().map(Proposals::describe).toList());
        }
        return byItem;
    }

    /** The proposal's changes the resolutions keep, in order, then the merger's edits, each checked as it is added. */
    private static List<MergedChange> merged(ScenarioId target, ProposalComparison comparison,
                                             Map<String, MergeRequest.Resolution> resolutions, Assumptions running) {
        List<MergedChange> merged = new ArrayList<>();
        for (ChangeRecord change : comparison.changes()) {
            MergeRequest.Resolution resolution = resolutions.get(change.item().id());
            if (resolution == null || resolution.take() == MergeRequest.Take.PROPOSAL) {
                running = change.toChange().applyTo(running);
                merged.add(new MergedChange(AssumptionEvents.of(target, change.toChange(), null), change.version(),
                        change.user(), change.time(), change.reason(), change.evidence(), change.evidenceLink()));
            }
        }
        for (MergeRequest.Resolution resolution : resolutions.values()) {
            if (resolution.take() == MergeRequest.Take.EDIT) {
                String label = comparison.conflict(resolution.item()).orElseThrow().item().label();
                String reason = "resolves the conflict on " + label
                        + (resolution.reason() == null || resolution.reason().isBlank() ? "" : ": " + resolution.reason().strip());
                for (AssumptionChange change : PlanEdits.changes(running, resolution.edits()).changes()) {
                    running = change.applyTo(running);
                    merged.add(new MergedChange(AssumptionEvents.of(target, change, null), null, null, null, reason,
                            null, null));
                }
            }
        }
        if (merged.isEmpty()) {
            throw InvalidAssumptionsException.of("resolutions", "nothing left to merge: every change of the proposal "
                    + "was resolved for the target; close the proposal instead");
        }
        return merged;
    }

    private static Map<String, Object> describe(ProposalComparison.Conflict conflict) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("item", conflict.item().id());
        described.put("label", conflict.item().label());
        described.put("base", conflict.base() == null ? null : ConflictingChanges.describe(conflict.base()));
        described.put("target", conflict.target().stream().map(ConflictingChanges::describe).toList());
        described.put("proposal", conflict.proposal().stream().map(ConflictingChanges::describe).toList());
        return described;
    }

    private List<RecordedEvent> eventsOf(ScenarioId id) {
        List<RecordedEvent> events = history.read(id);
        if (events.isEmpty()) {
            throw new ResourceNotFound("scenario " + id);
        }
        return events;
    }
}
