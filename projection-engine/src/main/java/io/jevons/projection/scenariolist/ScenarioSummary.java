package io.jevons.projection.scenariolist;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/**
 * One row of the scenario list: what a planner needs to pick a scenario.
 *
 * @param version    events in the scenario's stream: send it back as If-Match to change the scenario
 * @param forkedFrom the scenario this one was forked from, if any
 */
public record ScenarioSummary(ScenarioId scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                              long version, boolean archived, ScenarioId forkedFrom, String createdBy,
                              Instant createdAt, String updatedBy, Instant updatedAt) {
}
