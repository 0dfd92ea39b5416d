package io.jevons.planning.api.scenario;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ArchiveScenario(@TargetAggregateIdentifier ScenarioId scenarioId, long expectedVersion, String reason) {
}
