package io.jevons.projection.proposals;

import io.jevons.planning.api.history.ChangeRecord;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.proposal.ProposalComparison;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.attribution.AttributionResponse;
import io.jevons.projection.compare.ScenarioDiffResponse;

import java.time.Instant;
import java.util.List;

/**
 * A proposal as its review shows it: its changes, what they do to the target as it stands now, the conflicts with
 * the target's own changes since the two parted, and every comment and review.
 *
 * @param scenarioVersion the version of the proposal's scenario this was read at: a merge names it as sourceVersion
 * @param targetVersion   the target's version now: a merge sends it as If-Match
 * @param approved        whether the latest review approves it, by someone other than the author
 */
public record ProposalResponse(ScenarioId scenarioId, String scenarioName, long scenarioVersion, int proposal,
                               String title, String description, String status, String author, Instant opened,
                               ScenarioId targetScenarioId, String targetName, long targetVersion, long fromVersion,
                               long baseVersion, boolean approved, List<Change> changes, List<Conflict> conflicts,
                               List<Activity> activity, Impact impact) {

    /** One change of the proposal (or of the target), with its item, as the conflicts name it. */
    public record Change(long version, String item, String label, String family, String summary, String user,
                         Instant time, String reason, String evidence, String evidenceLink) {

        static Change of(ChangeRecord record) {
            return new Change(record.version(), record.item().id(), record.item().label(),
                    record.toChange().family().name(), record.summary(), record.user(), record.time(), record.reason(),
                    record.evidence(), record.evidenceLink());
        }
    }

    /** Base, target and proposal side by side; {@code base} is null if nothing set the item before they parted. */
    public record Conflict(String item, String label, Change base, List<Change> target, List<Change> proposal) {

        static Conflict of(ProposalComparison.Conflict conflict) {
            return new Conflict(conflict.item(), conflict.label(), conflict.base() == null ? null : Change.of(conflict.base()),
                    conflict.target().stream().map(Change::of).toList(),
                    conflict.proposal().stream().map(Change::of).toList());
        }
    }

    /** An event of the proposal: opened, a comment, a review, closed or merged. */
    public record Activity(long version, String type, String summary, String user, Instant time) {

        static Activity of(RecordedEvent event) {
            return new Activity(event.version(), event.type(), event.summary(), event.user(), event.time());
        }
    }

    /**
     * The target now against the target with the proposal's changes (the proposal's side taken on every conflict):
     * the key outputs by year, and how the changes split the move of one metric. {@code refused} says why the model
     * refuses the combination, if it does.
     */
    public record Impact(ScenarioDiffResponse diff, AttributionResponse attribution, String refused) {
    }
}
