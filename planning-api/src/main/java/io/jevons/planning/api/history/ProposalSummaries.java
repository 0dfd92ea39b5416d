package io.jevons.planning.api.history;

import io.jevons.planning.api.event.ProposalClosed;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ProposalMerged;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;

/** What happened to a proposal, in the words of the history. */
final class ProposalSummaries {

    private ProposalSummaries() {
    }

    static String of(ProposalEvent event) {
        String proposal = "proposal #" + event.proposal();
        if (event instanceof ProposalOpened opened) {
            return "Opened " + proposal + " \"" + opened.title() + "\" to merge the changes after version "
                    + opened.fromVersion();
        } else if (event instanceof ProposalCommented comment) {
            return "Comment on " + proposal + (comment.aboutVersion() == null ? "" : ", version " + comment.aboutVersion())
                    + ": " + comment.text();
        } else if (event instanceof ProposalReviewed review) {
            return (review.verdict() == ReviewVerdict.APPROVED ? "Approved " : "Asked for changes to ") + proposal
                    + (review.text() == null || review.text().isBlank() ? "" : ": " + review.text());
        } else if (event instanceof ProposalClosed closed) {
            return "Closed " + proposal + (closed.reason() == null ? "" : ": " + closed.reason());
        } else if (event instanceof ProposalMerged merged) {
            return "Merged " + proposal + " (versions through " + merged.mergedThroughVersion() + ") as version "
                    + merged.targetVersion() + " of the scenario it was forked from";
        }
        throw new IllegalArgumentException("unknown proposal event " + event);
    }
}
