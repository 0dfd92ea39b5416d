package io.jevons.capacity.time;

import io.jevons.capacity.validation.AssumptionViolation;
import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as 2025Q1: the time step of every plan.
 */
public record Quarter(int year, int quarterOfYear) implements Comparable<Quarter> {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public Quarter {
        if (quarterOfYear < 1 || quarterOfYear > 4) {
            throw InvalidAssumptionsException.of("quarter", "quarter of year must be 1 to 4, was " + quarterOfYear);
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidAssumptionsException.of("quarter", "year must be " + MIN_YEAR + " to " + MAX_YEAR + ", was " + year);
        }
    }

    public static Quarter of(int year, int quarterOfYear) {
        return new Quarter(year, quarterOfYear);
    }

    /** Parses "2025Q1" (also "2025-Q1", any case). */
    public static Quarter parse(String text) {
        Matcher matcher = text == null ? null : TEXT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidAssumptionsException(new AssumptionViolation("quarter",
                    "expected a quarter like 2025Q1, was '" + text + "'"));
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public Quarter plus(int quarters) {
        int index = ordinal() + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** Quarters from this one to {@code other}: 0 for the same quarter, negative when other is earlier. */
    public int quartersUntil(Quarter other) {
        return other.ordinal() - ordinal();
    }

    /** Calendar days in this quarter: 90 (91 in a leap year) for Q1, 91 for Q2, 92 for Q3 and Q4. */
    public int days() {
        return switch (quarterOfYear) {
            case 1 -> Year.isLeap(year) ? 91 : 90;
            case 2 -> 91;
            default -> 92;
        };
    }

    public long seconds() {
        return days() * 86_400L;
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    private int ordinal() {
        return year * 4 + quarterOfYear - 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        return year + "Q" + quarterOfYear;
    }
}
