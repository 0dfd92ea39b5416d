package io.jevons.capacity.assumptions;

import java.util.regex.Pattern;

/** The text rule shared by every identifier a planner chooses: short, lower case, URL-safe. */
final class Key {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Key() {
    }

    static String require(String value, String what) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to 64 characters of a-z, 0-9, '.', '_' or '-'"
                    + " starting with a letter or digit, was '" + value + "'");
        }
        return value;
    }
}
