package io.jevons.planning.api.state;

import io.jevons.planning.api.event.ProposalClosed;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ProposalMerged;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.scenario.ScenarioId;

import java.util.Locale;

/**
 * A proposal of a scenario as its events leave it.
 *
 * @param fromVersion   its changes are the scenario's assumption changes after this version
 * @param baseVersion   the target's version the changes were made against
 * @param latestVerdict the verdict of the latest review; null before the first
 * @param mergedThroughVersion the last version of this scenario merged; null unless merged
 */
public record ProposalState(int number, ScenarioId targetScenarioId, String title, String description,
                            long fromVersion, long baseVersion, Status status, ReviewVerdict latestVerdict,
                            int approvals, Long mergedThroughVersion, Long targetVersion) {

    public enum Status { OPEN, MERGED, CLOSED }

    static ProposalState opened(ProposalOpened opened) {
        return new ProposalState(opened.proposal(), opened.targetScenarioId(), opened.title(), opened.description(),
                opened.fromVersion(), opened.baseVersion(), Status.OPEN, null, 0, null, null);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Refuses anything more of a merged or closed proposal. */
    public void requireOpen() {
        if (!open()) {
            throw new ScenarioConflict("proposal", "proposal #" + number + " is " + status.name().toLowerCase(Locale.ROOT)
                    + ": it takes nothing more");
        }
    }

    ProposalState evolve(ProposalEvent event) {
        if (event instanceof ProposalReviewed reviewed) {
            return new ProposalState(number, targetScenarioId, title, description, fromVersion, baseVersion, status,
                    reviewed.verdict(), approvals + (reviewed.verdict() == ReviewVerdict.APPROVED ? 1 : 0), null, null);
        } else if (event instanceof ProposalClosed) {
            return new ProposalState(number, targetScenarioId, title, description, fromVersion, baseVersion,
                    Status.CLOSED, latestVerdict, approvals, null, null);
        } else if (event instanceof ProposalMerged merged) {
            return new ProposalState(number, targetScenarioId, title, description, fromVersion, baseVersion,
                    Status.MERGED, latestVerdict, approvals, merged.mergedThroughVersion(), merged.targetVersion());
        } else if (event instanceof ProposalCommented) {
            return this;
        }
        throw new IllegalArgumentException("proposal " + number + " is open already: " + event);
    }
}
