package io.jevons.projection.history;

import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** Filters of the audit log, every one optional; pages count from 0. */
public record AuditQuery(ScenarioId scenarioId, String user, AssumptionFamily family, Instant from, Instant to,
                         int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw InvalidAssumptionsException.of("page", "pages count from 0, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidAssumptionsException.of("size", "a page has 1 to " + MAX_PAGE_SIZE + " entries, was " + size);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidAssumptionsException.of("to", "the time range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static AssumptionFamily family(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AssumptionFamily.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw InvalidAssumptionsException.of("family", "unknown family '" + text + "'; known: "
                    + Arrays.toString(AssumptionFamily.values()));
        }
    }
}
