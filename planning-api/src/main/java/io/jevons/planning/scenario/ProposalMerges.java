package io.jevons.planning.scenario;

import io.jevons.planning.api.proposal.MergeProposal;
import io.jevons.planning.api.scenario.ChangeOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A merge changes two scenarios: the target records the proposal's changes, the proposal's own scenario records the
 * proposal merged. Both are loaded in the command's unit of work, so their events are stored in one transaction or
 * not at all: no merged proposal without its changes, no changes merged twice.
 */
@Component
class ProposalMerges {

    private final Repository<Scenario> scenarios;

    ProposalMerges(@Qualifier("scenarioRepository") Repository<Scenario> scenarios) {
        this.scenarios = scenarios;
    }

    @CommandHandler
    ChangeOutcome handle(MergeProposal command) {
        ChangeOutcome outcome = scenarios.load(command.scenarioId().toString()).invoke(target -> target.merge(command));
        if (outcome instanceof ChangeOutcome.Applied applied) {
            scenarios.load(command.sourceScenarioId().toString())
                    .execute(source -> source.markMerged(command, applied.version()));
        }
        return outcome;
    }
}
