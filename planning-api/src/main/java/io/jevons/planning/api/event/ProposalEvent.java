package io.jevons.planning.api.event;

/**
 * What happens to a proposal to merge a fork's changes into the scenario it was forked from: recorded on the fork,
 * so its history, as-of views and replays hold the review as they hold the changes under review.
 */
public sealed interface ProposalEvent extends ScenarioEvent permits
        ProposalOpened, ProposalCommented, ProposalReviewed, ProposalClosed, ProposalMerged {

    /** The proposal's number on its scenario: 1 for the first. */
    int proposal();
}
