package io.jevons.planning.scenario;

import io.jevons.capacity.validation.Violations;

/**
 * Why a planner made a change: required for assumption changes, at most {@value #MAX_LENGTH} characters, printable
 * (line breaks allowed).
 */
final class Reasons {

    static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /** What a command stores of the reason it was sent: stripped; a blank reason is no reason. */
    static String stripped(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    static void check(Violations violations, String reason, boolean required) {
        if (reason == null) {
            if (required) {
                violations.add("reason", "say why: every assumption change needs a reason");
            }
            return;
        }
        BoundedText.check(violations, reason, "reason", "a reason", MAX_LENGTH, true);
    }
}
