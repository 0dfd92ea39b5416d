package io.jevons.planning.scenario;

import io.jevons.capacity.validation.InvalidAssumptionsException;

/**
 * Why a planner made a change: required for assumption changes, at most {@value #MAX_LENGTH} characters, printable
 * (line breaks allowed).
 */
final class Reasons {

    static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    static String required(String reason) {
        String stripped = optional(reason);
        if (stripped == null) {
            throw InvalidAssumptionsException.of("reason", "say why: every assumption change needs a reason");
        }
        return stripped;
    }

    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw InvalidAssumptionsException.of("reason",
                    "a reason has at most " + MAX_LENGTH + " characters, was " + stripped.length());
        }
        BoundedText.requirePrintable(stripped, "reason", "a reason", true);
        return stripped;
    }
}
