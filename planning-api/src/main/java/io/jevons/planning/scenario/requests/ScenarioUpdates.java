package io.jevons.planning.scenario.requests;

import io.jevons.capacity.change.AssumptionChange;
import io.jevons.capacity.plan.PlanEdit;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.plan.EditPlan;
import io.jevons.planning.api.scenario.ChangeAssumption;
import io.jevons.planning.api.scenario.ChangeOutcome;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.scenario.StaleScenarioVersion;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.OutdatedScenarioCopy;
import io.jevons.planning.web.ChangeHeaders;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

/** Sends a change of an existing scenario at the version the planner saw and answers the new version. */
@Component
public class ScenarioUpdates {

    /** The newest changes a stale change is answered with; the answer says how many there were in all. */
    private static final int MAX_MISSED_LISTED = 50;

    private final AuditedCommands commands;
    private final ScenarioHistory history;

    ScenarioUpdates(AuditedCommands commands, ScenarioHistory history) {
        this.commands = commands;
        this.history = history;
    }

    public ResponseEntity<ScenarioVersionResponse> change(UUID scenarioId, ChangeHeaders headers,
                                                          AssumptionChange change, String reason) {
        ScenarioId id = new ScenarioId(scenarioId);
        Evidence evidence = headers.parsedEvidence();
        return send(id, headers, version -> new ChangeAssumption(id, version, change, reason, evidence));
    }

    public ResponseEntity<ScenarioVersionResponse> editPlan(UUID scenarioId, ChangeHeaders headers, List<PlanEdit> edits,
                                                            String reason) {
        ScenarioId id = new ScenarioId(scenarioId);
        Evidence evidence = headers.parsedEvidence();
        return send(id, headers, version -> new EditPlan(id, version, edits, reason, evidence));
    }

    ResponseEntity<ScenarioVersionResponse> send(ScenarioId id, ChangeHeaders headers,
                                                 LongFunction<Object> commandAtVersion) {
        return send(id, headers.expectedVersion(), commandAtVersion);
    }

    /** Sends a change of scenario {@code id} made at {@code expectedVersion}; a stale one is answered with what was missed. */
    public ResponseEntity<ScenarioVersionResponse> send(ScenarioId id, long expectedVersion,
                                                        LongFunction<Object> commandAtVersion) {
        ChangeOutcome outcome = sendAt(expectedVersion, commandAtVersion);
        if (outcome instanceof ChangeOutcome.Stale stale) {
            throw new StaleScenarioVersion(id, stale.expectedVersion(), stale.currentVersion(), history.readAfter(id,
                    Math.max(stale.expectedVersion(), stale.currentVersion() - MAX_MISSED_LISTED)));
        }
        long version = ((ChangeOutcome.Applied) outcome).version();
        return ScenarioVersionResponse.ok(id, version);
    }

    /**
     * Sends the change made at {@code expectedVersion}. When this node's cached copy of the scenario turns out to
     * be outdated (changed on another node: the copy is older than the planner's version, or the append collided
     * with a newer event), the failed attempt has evicted it and the command goes once more, against the scenario
     * read afresh from the event store, which then applies it or answers what the planner missed.
     */
    public ChangeOutcome sendAt(long expectedVersion, LongFunction<Object> commandAtVersion) {
        try {
            return commands.send(commandAtVersion.apply(expectedVersion));
        } catch (OutdatedScenarioCopy | ConcurrencyException evicted) {
            return commands.send(commandAtVersion.apply(expectedVersion));
        }
    }
}
