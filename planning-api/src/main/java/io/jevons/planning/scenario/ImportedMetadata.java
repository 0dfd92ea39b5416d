package io.jevons.planning.scenario;


import io.jevons.capacity.validation.PrintableText;
import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.scenario.Evidence.EvidenceKind;
import io.jevons.planning.api.scenario.Evidence;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The metadata an imported event keeps from its file: who the file says made it and when (claims nobody here has
 * verified, kept apart from the importing user), the source of its figure and the evidence a planner gave. Each value
 * passes the rule its command or this installation's records keep; anything else in the file is left behind.
 */
public final class ImportedMetadata {

    /** As long as a user name may be here. */
    static final int MAX_USER_LENGTH = 100;

    private ImportedMetadata() {
    }

    /**
     * @param file         the event's metadata in the file (may be null)
     * @param recordedAt   the event's time in the file, if the metadata names no original time
     * @param importedFrom the scenario's id in the installation it was exported from
     */
    public static Map<String, String> of(Map<String, String> file, Instant recordedAt, ScenarioId importedFrom) {
        Map<String, String> original = file == null ? Map.of() : file;
        Violations violations = new Violations();
        Map<String, String> kept = new HashMap<>();
        String user = original.getOrDefault(AuditMetadata.ORIGINAL_USER, original.get(AuditMetadata.USER));
        if (user != null) {
            BoundedText.check(violations, user, "metadata." + AuditMetadata.ORIGINAL_USER, "a user name",
                    MAX_USER_LENGTH, false);
            kept.put(AuditMetadata.ORIGINAL_USER, user);
        }
        Instant time = originalTime(original.get(AuditMetadata.ORIGINAL_TIME), recordedAt, violations);
        if (time != null) {
            kept.put(AuditMetadata.ORIGINAL_TIME, time.toString());
        }
        String source = original.get(AuditMetadata.SOURCE);
        if (source != null) {
            BoundedText.check(violations, source, "metadata." + AuditMetadata.SOURCE, "a source", Reasons.MAX_LENGTH,
                    true);
            kept.put(AuditMetadata.SOURCE, source);
        }
        violations.throwIfAny();
        kept.putAll(EvidenceLinks.values(evidence(original)));
        kept.put(AuditMetadata.IMPORTED_FROM, importedFrom.toString());
        return kept;
    }

    private static Instant originalTime(String text, Instant recordedAt, Violations violations) {
        if (text == null) {
            return recordedAt;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            violations.add("metadata." + AuditMetadata.ORIGINAL_TIME, "an instant such as 2025-01-27T09:00:00Z, was '"
                    + (PrintableText.isPrintable(text, false) ? text : "…") + "'");
            return null;
        }
    }

    private static Evidence evidence(Map<String, String> original) {
        String kind = original.get(AuditMetadata.EVIDENCE);
        String link = original.get(AuditMetadata.EVIDENCE_LINK);
        if (kind == null && link == null) {
            return null;
        }
        return new Evidence(kind == null ? null : EvidenceKind.parse(kind, "metadata." + AuditMetadata.EVIDENCE), link);
    }
}
