package io.jevons.planning.scenario;

import io.jevons.capacity.validation.InvalidAssumptionsException;

/** A required text a planner types (a name, a tag, a comment): trimmed, not empty, not too long, printable. */
final class BoundedText {

    private BoundedText() {
    }

    /**
     * @param what           the text's name in messages ("a name", "a comment")
     * @param allowLineBreaks whether the text may span lines (a comment may, a name may not)
     */
    static String validated(String text, String field, String what, int maxLength, boolean allowLineBreaks) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidAssumptionsException.of(field, what + " is required");
        }
        if (trimmed.length() > maxLength) {
            throw InvalidAssumptionsException.of(field,
                    what + " has at most " + maxLength + " characters, was " + trimmed.length());
        }
        requirePrintable(trimmed, field, what, allowLineBreaks);
        return trimmed;
    }

    /** Refuses control characters (NUL among them, which PostgreSQL's text cannot even store), line breaks aside. */
    static void requirePrintable(String text, String field, String what, boolean allowLineBreaks) {
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(allowLineBreaks && (c == '\n' || c == '\r')))) {
            throw InvalidAssumptionsException.of(field, what + " cannot contain control characters");
        }
    }
}
