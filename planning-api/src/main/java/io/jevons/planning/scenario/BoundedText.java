package io.jevons.planning.scenario;

import io.jevons.capacity.validation.PrintableText;
import io.jevons.capacity.validation.Violations;

/**
 * Text a planner types (a name, a tag, a comment, a reason): a command stores it stripped; a stored text is not too
 * long, printable and has no spaces at its ends, whether a command or an imported file brought it.
 */
final class BoundedText {

    private BoundedText() {
    }

    /** What a command stores of the text it was sent: stripped, null kept. */
    static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    /**
     * @param what            the text's name in messages ("a name", "a comment")
     * @param allowLineBreaks whether the text may span lines (a comment may, a name may not)
     */
    static void check(Violations violations, String text, String field, String what, int maxLength,
                      boolean allowLineBreaks) {
        if (text == null || text.isEmpty()) {
            violations.add(field, what + " is required");
        } else if (text.length() > maxLength) {
            violations.add(field, what + " has at most " + maxLength + " characters, was " + text.length());
        } else if (!PrintableText.isPrintable(text, allowLineBreaks)) {
            violations.add(field, what + " cannot contain control characters");
        } else if (!text.equals(text.strip())) {
            violations.add(field, what + " cannot start or end with spaces");
        }
    }
}
