package io.jevons.planning.api.scenario;

import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.event.AssumptionEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Starts scenario {@code scenarioId} as a copy of {@code sourceScenarioId} at {@code sourceVersion}:
 * its assumption changes up to that version, each with its original reason, user and time.
 */
public record ForkScenario(@TargetAggregateIdentifier ScenarioId scenarioId, String name, Horizon horizon,
                           ScenarioId sourceScenarioId, long sourceVersion, List<CopiedChange> changes,
                           String reason) {

    public ForkScenario {
        changes = List.copyOf(changes);
    }

    /** One assumption event of the source, as its planner made it. */
    public record CopiedChange(AssumptionEvent event, String originalUser, Instant originalTime) {
    }
}
