package io.jevons.capacity.assumptions;

/** A workload class, e.g. {@code chat}, {@code reasoning}, {@code agent}. */
public record WorkloadClassId(String value) implements Comparable<WorkloadClassId> {

    public WorkloadClassId {
        Key.require(value, "workload class id");
    }

    public static WorkloadClassId of(String value) {
        return new WorkloadClassId(value);
    }

    @Override
    public int compareTo(WorkloadClassId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
