package io.jevons.projection.history;

import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.capacity.validation.PrintableText;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.EnumValues;

import java.time.Instant;

/** Filters of the audit log, every one optional; pages count from 0. */
public record AuditQuery(ScenarioId scenarioId, String user, AssumptionFamily family, Instant from, Instant to,
                         int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_USER_LENGTH = 100;

    public AuditQuery {
        if (page < 0) {
            throw InvalidAssumptionsException.of("page", "pages count from 0, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidAssumptionsException.of("size", "a page has 1 to " + MAX_PAGE_SIZE + " entries, was " + size);
        }
        if (user != null && (user.length() > MAX_USER_LENGTH || !PrintableText.isPrintable(user, false))) {
            throw InvalidAssumptionsException.of("user", "a user name of at most " + MAX_USER_LENGTH
                    + " characters, without control characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidAssumptionsException.of("to", "the time range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static AssumptionFamily family(String text) {
        return text == null || text.isBlank() ? null : EnumValues.parse(AssumptionFamily.class, text, "family");
    }
}
