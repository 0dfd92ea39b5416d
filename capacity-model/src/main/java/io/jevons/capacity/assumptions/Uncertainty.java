package io.jevons.capacity.assumptions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ranges put on a scenario's assumptions, in key order (so sampling draws them in a stable order). */
public record Uncertainty(List<AssumptionRange> ranges) {

    public static final Uncertainty NONE = new Uncertainty(List.of());

    public Uncertainty {
        ranges = ranges.stream().sorted(Comparator.comparing(AssumptionRange::key)).toList();
    }

    /** With {@code range} added, replacing one on the same assumption. */
    public Uncertainty with(AssumptionRange range) {
        List<AssumptionRange> next = new ArrayList<>(ranges.size() + 1);
        ranges.stream().filter(existing -> !existing.key().equals(range.key())).forEach(next::add);
        next.add(range);
        return new Uncertainty(next);
    }

    public Uncertainty without(String key) {
        return new Uncertainty(ranges.stream().filter(range -> !range.key().equals(key)).toList());
    }

    public Optional<AssumptionRange> range(String key) {
        return ranges.stream().filter(range -> range.key().equals(key)).findFirst();
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
