package io.jevons.projection.history;

import io.jevons.planning.api.history.ChangeRecord;

import java.time.Instant;

/**
 * One single assumption change as planners read it: what it set ({@code item}, as conflicts and resolutions name it,
 * and {@code label}), who made it, when, why, on what evidence.
 */
public record ChangeEntry(long version, String item, String label, String family, String summary, String user,
                          Instant time, String reason, String evidence, String evidenceLink) {

    public static ChangeEntry of(ChangeRecord record) {
        return new ChangeEntry(record.version(), record.item().id(), record.item().label(),
                record.item().family().name(), record.summary(), record.user(), record.time(), record.reason(),
                record.evidence(), record.evidenceLink());
    }
}
