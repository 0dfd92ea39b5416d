package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.event.ProposalCommented;
import io.jevons.planning.api.event.ProposalEvent;
import io.jevons.planning.api.event.ProposalMerged;
import io.jevons.planning.api.event.ProposalOpened;
import io.jevons.planning.api.event.ProposalReviewed;
import io.jevons.planning.api.event.ReviewVerdict;
import io.jevons.planning.api.scenario.ScenarioConflict;
import io.jevons.planning.api.state.ProposalState;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionRange;
import io.jevons.planning.http.ResourceNotFound;

/**
 * The rules of a proposal: a fork proposes into the scenario it was forked from, one proposal at a time; only an
 * open proposal takes comments, reviews, a close or a merge, and only an approved one (its latest review approves
 * it) is merged.
 */
final class ProposalRules {

    static final int TITLE_MAX_LENGTH = 120;

    private ProposalRules() {
    }

    static void check(ScenarioState state, ProposalEvent event, Violations violations) {
        if (event instanceof ProposalOpened opened) {
            checkOpened(state, opened, violations);
            return;
        }
        ProposalState proposal = state.proposal(event.proposal()).orElseThrow(() -> new ResourceNotFound(
                "proposal #" + event.proposal() + " of scenario " + state.scenarioId()));
        proposal.requireOpen();
        if (event instanceof ProposalCommented comment) {
            CommentText.check(violations, comment.text());
            if (comment.aboutVersion() != null) {
                VersionRange.check(state.scenarioId(), state.version(), comment.aboutVersion(), "aboutVersion");
            }
        } else if (event instanceof ProposalReviewed review) {
            checkReview(review, violations);
        } else if (event instanceof ProposalMerged && proposal.latestVerdict() != ReviewVerdict.APPROVED) {
            throw new ScenarioConflict("proposal", "proposal #" + proposal.number() + " is merged once approved: "
                    + (proposal.latestVerdict() == null ? "nobody has reviewed it yet" : "its latest review asks for changes"));
        }
    }

    private static void checkOpened(ScenarioState state, ProposalOpened opened, Violations violations) {
        if (state.forkedFrom() == null || !state.forkedFrom().equals(opened.targetScenarioId())) {
            throw new ScenarioConflict("targetScenarioId", "a scenario proposes its changes to the scenario it was "
                    + "forked from" + (state.forkedFrom() == null ? "; this one was not forked" : ""));
        }
        state.openProposal().ifPresent(open -> {
            throw new ScenarioConflict("proposal", "proposal #" + open.number() + " of this scenario is still open: "
                    + "merge or close it first");
        });
        if (opened.proposal() != state.proposals().size() + 1) {
            violations.add("proposal", "the next proposal of this scenario is #" + (state.proposals().size() + 1));
        }
        BoundedText.check(violations, opened.title(), "title", "a proposal's title", TITLE_MAX_LENGTH, false);
        if (opened.description() != null && !opened.description().isEmpty()) {
            BoundedText.check(violations, opened.description(), "description", "a description", CommentText.MAX_LENGTH,
                    true);
        }
        if (opened.fromVersion() < 1 || opened.fromVersion() > state.version() || opened.baseVersion() < 1) {
            violations.add("fromVersion", "a proposal starts at a version of its scenario");
        }
    }

    private static void checkReview(ProposalReviewed review, Violations violations) {
        if (review.verdict() == null) {
            violations.add("verdict", "say whether you approve or ask for changes");
        } else if (review.verdict() == ReviewVerdict.CHANGES_REQUESTED
                && (review.text() == null || review.text().isEmpty())) {
            violations.add("text", "say which changes you ask for");
        }
        if (review.text() != null && !review.text().isEmpty()) {
            CommentText.check(violations, review.text());
        }
    }
}
