package io.jevons.projection.projection;

import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;

/**
 * A scenario's projection: from the read models ({@code asOf} null), or computed from its events as it
 * stood at {@code asOf}.
 */
public record ProjectionResponse(ScenarioId scenarioId, long version, String asOf, Projection projection) {
}
