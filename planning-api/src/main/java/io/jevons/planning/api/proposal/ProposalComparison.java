package io.jevons.planning.api.proposal;

import io.jevons.capacity.merge.AssumptionItem;
import io.jevons.capacity.merge.Conflicts;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.state.ProposalState;

import java.util.List;
import java.util.Optional;

/**
 * A proposal read from the two histories it joins: its changes (the source's after the proposal's first version), the
 * target's changes since the base, and the conflicts between them, each with the change that last set the item
 * before the two parted. What the review shows and what a merge checks, so the two cannot differ.
 */
public record ProposalComparison(ProposalState proposal, List<ChangeRecord> changes, List<ChangeRecord> targetChanges,
                                 List<Conflict> conflicts, List<RecordedEvent> activity) {

    /** One assumption both sides set since they parted; {@code base} is null if nothing set it before. */
    public record Conflict(AssumptionItem item, ChangeRecord base, List<ChangeRecord> target,
                           List<ChangeRecord> proposal) {
    }

    /**
     * @param source the proposal's scenario's events, through the version under review
     * @param target the target's events, through its version now
     */
    public static ProposalComparison of(ProposalState proposal, List<RecordedEvent> source, List<RecordedEvent> target) {
        List<ChangeRecord> changes = ChangeRecord.of(source.stream()
                .filter(event -> event.version() > proposal.fromVersion()
                        && (proposal.mergedThroughVersion() == null || event.version() <= proposal.mergedThroughVersion()))
                .toList());
        List<ChangeRecord> before = ChangeRecord.of(target.stream()
                .filter(event -> event.version() <= proposal.baseVersion()).toList());
        List<ChangeRecord> since = ChangeRecord.of(target.stream()
                .filter(event -> event.version() > proposal.baseVersion()
                        && (proposal.targetVersion() == null || event.version() < proposal.targetVersion()))
                .toList());
        List<Conflict> conflicts = Conflicts.between(since, changes, ChangeRecord::toChange).stream()
                .map(conflict -> new Conflict(conflict.item(),
                        last(Conflicts.touching(List.of(conflict.item()), before, ChangeRecord::toChange)),
                        conflict.target(), conflict.proposal()))
                .toList();
        List<RecordedEvent> activity = source.stream()
                .filter(event -> event.event() instanceof ProposalEvent p && p.proposal() == proposal.number()).toList();
        return new ProposalComparison(proposal, changes, since, conflicts, activity);
    }

    /** Who opened the proposal. */
    public String author() {
        return activity.isEmpty() ? null : activity.get(0).user();
    }

    /** The latest review, if it approves and comes from someone other than the author: four eyes on every merge. */
    public Optional<RecordedEvent> approval() {
        for (int i = activity.size() - 1; i >= 0; i--) {
            RecordedEvent event = activity.get(i);
            if (event.event() instanceof ProposalReviewed review) {
                boolean approves = review.verdict() == ReviewVerdict.APPROVED && event.user() != null
                        && !event.user().equals(author());
                return approves ? Optional.of(event) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    public Optional<Conflict> conflict(String item) {
        return conflicts.stream().filter(conflict -> conflict.item().id().equals(item)).findFirst();
    }

    private static ChangeRecord last(List<ChangeRecord> records) {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }
}
