package io.jevons.projection.projection;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.api.state.VersionTag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A moment in a scenario's history: a version ({@code 12}), a named version ({@code tag:Board plan 2026-Q1}), an
 * instant ({@code 2025-02-01T12:00:00Z}) or a day ({@code 2025-03-01}, meaning the end of that day, UTC). Null
 * stands for now.
 */
public record AsOf(Long version, Instant time, String tag, String text) {

    public static final AsOf NOW = new AsOf(null, null, null, null);
    private static final String TAG_PREFIX = "tag:";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public static AsOf parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return NOW;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{1,18}")) {
                return new AsOf(Long.parseLong(value), null, null, value);
            }
            if (value.startsWith(TAG_PREFIX) && value.length() > TAG_PREFIX.length()) {
                return new AsOf(null, null, value.substring(TAG_PREFIX.length()), value);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                Instant endOfDay = LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
                return new AsOf(null, within(endOfDay, value, field), null, value);
            }
            return new AsOf(null, within(Instant.parse(value), value, field), null, value);
        } catch (DateTimeParseException invalid) {
            throw InvalidAssumptionsException.of(field, "expected a version (12), a named version (tag:Board plan), "
                    + "a day (2025-03-01) or an instant (2025-03-01T12:00:00Z), was '" + shown(text) + "'");
        }
    }

    /** A moment PostgreSQL and people can both handle: in the years 1 to 9999. */
    private static Instant within(Instant moment, String text, String field) {
        if (moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            throw InvalidAssumptionsException.of(field, "a moment in the years 1 to 9999, was '" + shown(text) + "'");
        }
        return moment;
    }

    private static String shown(String text) {
        String value = text.replaceAll("\\p{Cntrl}", "?");
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    public boolean isNow() {
        return version == null && time == null && tag == null;
    }

    /** This moment with its named version looked up in the scenario's state. */
    AsOf resolvedIn(ScenarioState state, String field) {
        VersionTag named = state.tag(tag).orElseThrow(() -> InvalidAssumptionsException.of(field, "scenario "
                + state.scenarioId() + " has no version named \"" + tag + "\"; it has " + state.tags().stream()
                .map(VersionTag::name).toList()));
        return new AsOf(named.version(), null, null, text);
    }

    boolean includes(RecordedEvent event) {
        return (version == null || event.version() <= version) && (time == null || !event.time().isAfter(time));
    }
}
