package io.jevons.planning.proposals;

import io.jevons.planning.api.event.ScenarioForked;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.state.ProposalState;
import io.jevons.planning.api.state.ScenarioState;

import java.util.List;
import java.util.Optional;

/**
 * Where a new proposal of a fork starts: after the changes it copied from its source, which stood at the fork's
 * source version, or after the last proposal merged, when the target stood at the version that merge made.
 */
record ProposalStart(long fromVersion, long baseVersion) {

    static ProposalStart of(ScenarioState state, List<RecordedEvent> events) {
        Optional<ProposalState> lastMerged = state.proposals().stream()
                .filter(proposal -> proposal.status() == ProposalState.Status.MERGED)
                .reduce((first, second) -> second);
        if (lastMerged.isPresent()) {
            return new ProposalStart(lastMerged.get().mergedThroughVersion(), lastMerged.get().targetVersion());
        }
        long copied = events.stream().skip(1).takeWhile(event -> event.text(AuditMetadata.COPIED_FROM) != null).count();
        ScenarioForked forked = (ScenarioForked) events.get(0).event();
        return new ProposalStart(1 + copied, forked.sourceVersion());
    }
}
