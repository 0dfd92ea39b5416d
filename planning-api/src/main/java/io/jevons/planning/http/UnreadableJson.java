package io.jevons.planning.http;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a JSON body could not be read, in words for people: what a field expects and what it got ("a number, was
 * "many""), never the Java types or parser settings that Jackson's own messages name.
 */
final class UnreadableJson {

    private static final Pattern FOUND = Pattern.compile("from (String \"(.*?)\"|Array value|Object value|Boolean value"
            + "|Integer value|Floating-point value|Null value)");
    private static final Pattern NUMBER = Pattern.compile("Numeric value \\((.*?)\\) out of range of `(\\w+)`");
    private static final int SHOWN = 40;

    private UnreadableJson() {
    }

    static String reason(JacksonException failure) {
        if (failure.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
            return refused.getMessage(); // a value type's own rule (a quarter, an id)
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return "not a field here; the fields are " + unknown.getKnownPropertyIds().stream()
                    .map(Objects::toString).sorted().collect(Collectors.joining(", "));
        }
        if (failure instanceof InputCoercionException || NUMBER.matcher(message(failure)).find()) {
            Matcher number = NUMBER.matcher(message(failure));
            return number.find() ? "a number the field cannot hold: " + shown(number.group(1)) + " is out of range"
                    : "a number the field cannot hold";
        }
        if (failure instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return expected(mismatched.getTargetType(), mismatched.getPath().isEmpty()) + found(message(failure));
        }
        if (failure instanceof StreamReadException) {
            return notJson(failure);
        }
        return "the body cannot be read as this request's JSON";
    }

    private static String notJson(JacksonException failure) {
        String text = message(failure);
        String what = text.contains("end-of-input") ? "it ends before its JSON does"
                : text.contains("Non-standard token") ? "NaN and Infinity are not numbers in JSON"
                : text.contains("Unexpected character") ? "a character where JSON allows none"
                : "it is not JSON";
        TokenStreamLocation location = failure.getLocation();
        return location == null || location.getLineNr() < 1 ? "not valid JSON: " + what
                : "not valid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + what;
    }

    private static String expected(Class<?> type, boolean wholeBody) {
        if (wholeBody) {
            return "the body is a JSON object with this request's fields";
        }
        if (type.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> choices = (Class<? extends Enum<?>>) type;
            return "one of " + EnumValues.names(choices);
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object of names and values";
        }
        return "a value of its own kind (see the API document)";
    }

    private static String found(String message) {
        Matcher found = FOUND.matcher(message);
        if (!found.find()) {
            return "";
        }
        String kind = found.group(1);
        return "; was " + (kind.startsWith("String") ? "\"" + shown(found.group(2)) + "\""
                : switch (kind) {
                    case "Array value" -> "a list";
                    case "Object value" -> "an object";
                    case "Boolean value" -> "true or false";
                    case "Null value" -> "null";
                    default -> "a number";
                });
    }

    private static String message(JacksonException failure) {
        return failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
    }

    private static String shown(String text) {
        String value = text.replaceAll("\\p{Cntrl}", "?");
        return value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }
}
