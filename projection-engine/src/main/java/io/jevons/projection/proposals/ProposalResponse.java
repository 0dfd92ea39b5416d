package io.jevons.projection.proposals;

import io.jevons.capacity.merge.ItemCell;
import io.jevons.capacity.plan.Unit;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.proposal.ProposalComparison;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.attribution.AttributionResponse;
import io.jevons.projection.compare.ScenarioDiffResponse;
import io.jevons.projection.history.ChangeEntry;

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
                               long baseVersion, boolean approved, List<ChangeEntry> changes, List<Conflict> conflicts,
                               List<Activity> activity, Impact impact) {

    /**
     * Base, target and proposal side by side; {@code base} is null if nothing set the item before they parted.
     * {@code edit} is the plan cell a merger types the settling figure into, null for an item of several cells.
     */
    public record Conflict(String item, String label, ChangeEntry base, List<ChangeEntry> target, List<ChangeEntry> proposal,
                           EditCell edit) {

        static Conflict of(ProposalComparison.Conflict conflict) {
            return new Conflict(conflict.item().id(), conflict.item().label(),
                    conflict.base() == null ? null : ChangeEntry.of(conflict.base()),
                    conflict.target().stream().map(ChangeEntry::of).toList(),
                    conflict.proposal().stream().map(ChangeEntry::of).toList(),
                    ItemCell.of(conflict.item()).map(EditCell::of).orElse(null));
        }
    }

    /** A plan cell as {@code POST .../merge} takes it in an edit: row and quarter, with the figure's name and unit. */
    public record EditCell(String row, String quarter, String name, Unit unit) {

        static EditCell of(ItemCell cell) {
            return new EditCell(cell.row(), cell.quarter(), cell.term().name(), cell.term().unit());
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
