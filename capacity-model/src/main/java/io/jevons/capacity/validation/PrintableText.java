package io.jevons.capacity.validation;

/**
 * The rule for text a person types: no control characters (NUL among them, which PostgreSQL's text cannot store),
 * line breaks aside where a text may span lines.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static boolean isPrintable(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(allowLineBreaks && (c == '\n' || c == '\r'))) {
                return false;
            }
        }
        return true;
    }
}
