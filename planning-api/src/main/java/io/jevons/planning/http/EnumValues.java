package io.jevons.planning.http;

import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A request value that names one of a fixed set (any case, '-' for '_'); refused with the names it may take. */
public final class EnumValues {

    private EnumValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw InvalidAssumptionsException.of(field, "one of " + names(type) + "; was '" + shown(text) + "'");
    }

    /** The names a value may take, as people write them ("sequential, shapley"). */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    private static String shown(String text) {
        String value = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
