package io.jevons.projection.readmodel;

import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;

/**
 * One entry of the audit log: an event with who, when, why and what. PostgreSQL's text cannot hold U+0000, which
 * events stored before reasons were checked for control characters may carry: it becomes U+FFFD here, or that one
 * event would fail every batch of its segment.
 *
 * @param originalUser         who made a copied change (a fork's, an import's); null for the scenario's own
 * @param originalUserVerified whether this installation recorded that user (a fork) or only an imported file says so
 */
public record AuditRow(ScenarioId scenarioId, long version, String eventId, String eventType, String family,
                       String user, Instant occurredAt, String reason, String summary, String correlationId,
                       String source, String evidence, String evidenceLink, String originalUser,
                       Boolean originalUserVerified) {

    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\uFFFD';

    public AuditRow {
        user = storable(user);
        reason = storable(reason);
        summary = storable(summary);
        correlationId = storable(correlationId);
        source = storable(source);
        evidence = storable(evidence);
        evidenceLink = storable(evidenceLink);
        originalUser = storable(originalUser);
    }

    private static String storable(String text) {
        return text == null ? null : text.replace(NUL, REPLACEMENT);
    }
}
