package io.jevons.planning.scenario.requests;

import io.jevons.capacity.time.Quarter;

import java.util.UUID;

/**
 * Body of {@code POST /api/scenarios}. A client may choose the id itself, which makes a retried create safe:
 * the second attempt finds the same scenario and answers it. {@code fromDefault} starts from the default
 * scenario's assumptions (its changes must fall inside the horizon).
 */
record CreateScenarioRequest(UUID scenarioId, String name, Quarter firstQuarter, Quarter lastQuarter,
                             Boolean fromDefault, String reason) {
}
