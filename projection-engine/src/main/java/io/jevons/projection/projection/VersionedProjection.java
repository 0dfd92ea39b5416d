package io.jevons.projection.projection;

import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;

/** A scenario's projection and the version of the scenario it was computed from. */
public record VersionedProjection(ScenarioId scenarioId, long version, Projection projection) {
}
