package io.jevons.capacity.assumptions;

/** A chip type of the catalog, e.g. {@code h100}, {@code tpu-v6e}. */
public record ChipTypeId(String value) implements Comparable<ChipTypeId> {

    public ChipTypeId {
        Key.require(value, "chip type id");
    }

    public static ChipTypeId of(String value) {
        return new ChipTypeId(value);
    }

    @Override
    public int compareTo(ChipTypeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
