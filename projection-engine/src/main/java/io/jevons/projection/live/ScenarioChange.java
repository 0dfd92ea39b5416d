package io.jevons.projection.live;

import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/**
 * A scenario's read models caught up with a change: what open pages are told, on every node (sent with
 * PostgreSQL NOTIFY on {@value #CHANNEL} when the read models commit).
 */
public record ScenarioChange(ScenarioId scenarioId, long version, String user, String eventType, String summary,
                             Instant time) {

    public static final String CHANNEL = "jevons_scenario_changes";
}
