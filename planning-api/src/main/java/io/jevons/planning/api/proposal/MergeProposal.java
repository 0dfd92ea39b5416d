package io.jevons.planning.api.proposal;

import io.jevons.planning.api.event.MergedChange;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Merges proposal {@code proposal} of {@code sourceScenarioId} into {@code scenarioId} (its target) as one change,
 * if the target is still at {@code expectedVersion} and the source at {@code expectedSourceVersion}, the versions
 * the merger's conflicts were worked out against; {@code evidence} is the merge's own (the review's minutes, say).
 * Answers a {@code ChangeOutcome}.
 */
public record MergeProposal(@TargetAggregateIdentifier ScenarioId scenarioId, long expectedVersion,
                            ScenarioId sourceScenarioId, int proposal, long expectedSourceVersion, String title,
                            List<MergedChange> changes, String reason, Evidence evidence) {

    public MergeProposal {
        changes = List.copyOf(changes);
    }
}
