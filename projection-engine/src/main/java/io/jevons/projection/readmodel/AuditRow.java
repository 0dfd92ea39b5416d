package io.jevons.projection.readmodel;

import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/** One entry of the audit log: an event with who, when, why and what. */
public record AuditRow(ScenarioId scenarioId, long version, String eventId, String eventType, String family,
                       String user, Instant occurredAt, String reason, String summary, String correlationId,
                       String source, String evidence, String evidenceLink) {
}
