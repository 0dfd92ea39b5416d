package io.jevons.projection.scenariolist;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/** One row of the scenario list: what a planner needs to pick a scenario. */
public record ScenarioSummary(ScenarioId scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                              long version, String createdBy, Instant createdAt, String updatedBy,
                              Instant updatedAt) {
}
