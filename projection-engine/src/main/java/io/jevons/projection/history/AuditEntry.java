package io.jevons.projection.history;

import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/**
 * One change in the audit log: which event, by whom, when, why, and what it did.
 *
 * @param evidence     how the change's figure was arrived at (measured, calibrated, modelled), if the planner said
 * @param evidenceLink where it comes from
 * @param originalUser who made a copied change (forked or imported); null for the scenario's own changes
 * @param originalUserVerified false when only an imported file says so, nobody on this installation verified it
 */
public record AuditEntry(ScenarioId scenarioId, long version, String eventType, String family, String user,
                         Instant time, String reason, String summary, String correlationId, String source,
                         String evidence, String evidenceLink, String originalUser, Boolean originalUserVerified) {
}
