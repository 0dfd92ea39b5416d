package io.jevons.planning.web;

import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.function.Function;

/** Request values that must be present, and path segments parsed into value types, with the field named. */
public final class Fields {

    private Fields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidAssumptionsException.of(field, "is required");
        }
        return value;
    }

    /** Parses a path segment; a value type's refusal becomes a refusal of that field. */
    public static <T> T parsed(String text, String field, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (InvalidAssumptionsException | IllegalArgumentException invalid) {
            String reason = invalid instanceof InvalidAssumptionsException assumptions
                    ? assumptions.violations().get(0).reason() : invalid.getMessage();
            throw InvalidAssumptionsException.of(field, reason);
        }
    }
}
