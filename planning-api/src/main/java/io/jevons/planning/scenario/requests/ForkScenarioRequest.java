package io.jevons.planning.scenario.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * Body of {@code POST /api/scenarios/{id}/forks}: the source as it stood at {@code asOfVersion} or at
 * {@code asOfTime} (one of them; neither means now).
 */
record ForkScenarioRequest(UUID scenarioId, String name, Long asOfVersion, Instant asOfTime, String reason) {
}
