package io.jevons.planning.api.versions;

import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names a version of the scenario ({@code version} null: the current one); a name is given once per scenario. */
public record TagVersion(@TargetAggregateIdentifier ScenarioId scenarioId, String tag, Long version, String reason) {
}
