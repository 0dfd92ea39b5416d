package io.jevons.projection.projection;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.planning.api.scenario.ScenarioId;

/** A scenario's assumptions at a version, computed from its events. */
public record AssumptionsResponse(ScenarioId scenarioId, long version, String asOf, String name, boolean archived,
                                  boolean locked, Assumptions assumptions) {
}
