package io.jevons.capacity.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value set "from quarter q on" that holds until the next change: the shape of every assumption
 * that moves over time. Immutable; {@link #with} answers a new schedule.
 */
public record Schedule<T>(List<Change<T>> changes) {

    /** The value that holds from {@code from} until the next change. */
    public record Change<T>(Quarter from, T value) {
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(value, "value");
        }
    }

    public Schedule {
        List<Change<T>> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException("two values from " + sorted.get(i).from());
            }
        }
        changes = Collections.unmodifiableList(sorted);
    }

    public static <T> Schedule<T> empty() {
        return new Schedule<>(List.of());
    }

    public static <T> Schedule<T> of(Quarter from, T value) {
        return new Schedule<>(List.of(new Change<>(from, value)));
    }

    /** Sets {@code value} from {@code from} on, replacing a value set from that same quarter. */
    public Schedule<T> with(Quarter from, T value) {
        List<Change<T>> next = new ArrayList<>(changes.size() + 1);
        for (Change<T> change : changes) {
            if (!change.from().equals(from)) {
                next.add(change);
            }
        }
        next.add(new Change<>(from, value));
        return new Schedule<>(next);
    }

    public <R> Schedule<R> map(Function<T, R> mapper) {
        return new Schedule<>(changes.stream().map(c -> new Change<>(c.from(), mapper.apply(c.value()))).toList());
    }

    /** The value in effect in {@code quarter}: the latest change at or before it. */
    public Optional<T> valueAt(Quarter quarter) {
        T value = null;
        for (Change<T> change : changes) {
            if (change.from().isAfter(quarter)) {
                break;
            }
            value = change.value();
        }
        return Optional.ofNullable(value);
    }

    /** The value in effect in each quarter of the horizon, {@code fallback} where nothing is set yet. */
    public List<T> perQuarter(Horizon horizon, T fallback) {
        int count = horizon.quarterCount();
        List<T> values = new ArrayList<>(count);
        int next = 0;
        T current = fallback;
        Quarter quarter = horizon.first();
        for (int i = 0; i < count; i++) {
            while (next < changes.size() && !changes.get(next).from().isAfter(quarter)) {
                current = changes.get(next++).value();
            }
            values.add(current);
            quarter = quarter.plus(1);
        }
        return values;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Optional<Quarter> firstChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(0).from());
    }
}
