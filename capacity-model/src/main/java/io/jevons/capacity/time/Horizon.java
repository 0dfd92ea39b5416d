package io.jevons.capacity.time;

import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The quarters a scenario plans for, first and last included: 1 to {@value #MAX_QUARTERS} quarters.
 */
public record Horizon(Quarter first, Quarter last) {

    public static final int MAX_QUARTERS = 80;

    public Horizon {
        if (first == null || last == null) {
            throw InvalidAssumptionsException.of("horizon", "first and last quarter are required");
        }
        if (last.isBefore(first)) {
            throw InvalidAssumptionsException.of("lastQuarter",
                    "last quarter " + last + " is before first quarter " + first);
        }
        int quarters = first.quartersUntil(last) + 1;
        if (quarters > MAX_QUARTERS) {
            throw InvalidAssumptionsException.of("lastQuarter",
                    "a horizon spans at most " + MAX_QUARTERS + " quarters, " + first + ".." + last + " spans " + quarters);
        }
    }

    public int quarterCount() {
        return first.quartersUntil(last) + 1;
    }

    public boolean contains(Quarter quarter) {
        return !quarter.isBefore(first) && !quarter.isAfter(last);
    }

    /** Position of {@code quarter} in this horizon, 0 for the first quarter. */
    public int indexOf(Quarter quarter) {
        return first.quartersUntil(quarter);
    }

    public List<Quarter> quarters() {
        return IntStream.range(0, quarterCount()).mapToObj(first::plus).toList();
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
