package io.jevons.projection.projection;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.history.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A moment in a scenario's history: a version ({@code 12}), an instant ({@code 2025-02-01T12:00:00Z}) or a day
 * ({@code 2025-03-01}, meaning the end of that day, UTC). Null stands for now.
 */
public record AsOf(Long version, Instant time, String text) {

    public static final AsOf NOW = new AsOf(null, null, null);

    public static AsOf parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return NOW;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{1,18}")) {
                return new AsOf(Long.parseLong(value), null, value);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                Instant endOfDay = LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
                return new AsOf(null, endOfDay, value);
            }
            return new AsOf(null, Instant.parse(value), value);
        } catch (DateTimeParseException invalid) {
            throw InvalidAssumptionsException.of(field, "expected a version (12), a day (2025-03-01) or an instant "
                    + "(2025-03-01T12:00:00Z), was '" + text + "'");
        }
    }

    public boolean isNow() {
        return version == null && time == null;
    }

    boolean includes(RecordedEvent event) {
        return (version == null || event.version() <= version) && (time == null || !event.time().isAfter(time));
    }
}
