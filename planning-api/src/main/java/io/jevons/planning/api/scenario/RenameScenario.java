package io.jevons.planning.api.scenario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameScenario(@TargetAggregateIdentifier ScenarioId scenarioId, long expectedVersion, String name,
                             String reason) {
}
