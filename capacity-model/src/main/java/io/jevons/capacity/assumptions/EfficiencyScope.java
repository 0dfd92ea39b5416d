package io.jevons.capacity.assumptions;

/** Which workload classes an efficiency gain applies to: one class, or all of them ({@link #ALL}). */
public record EfficiencyScope(WorkloadClassId workloadClass) implements Comparable<EfficiencyScope> {

    public static final EfficiencyScope ALL = new EfficiencyScope(null);

    public static EfficiencyScope of(WorkloadClassId workloadClass) {
        return new EfficiencyScope(workloadClass);
    }

    /** "all" or a workload class id, as {@link #toString()} writes it. */
    public static EfficiencyScope parse(String text) {
        return "all".equals(text) ? ALL : of(WorkloadClassId.of(text));
    }

    public boolean appliesTo(WorkloadClassId candidate) {
        return workloadClass == null || workloadClass.equals(candidate);
    }

    public boolean isAll() {
        return workloadClass == null;
    }

    /** "all classes" or the class id, as the history and the diff name a scope. */
    public String label() {
        return isAll() ? "all classes" : workloadClass.toString();
    }

    @Override
    public int compareTo(EfficiencyScope other) {
        if (isAll() || other.isAll()) {
            return Boolean.compare(!isAll(), !other.isAll());
        }
        return workloadClass.compareTo(other.workloadClass);
    }

    @Override
    public String toString() {
        return isAll() ? "all" : workloadClass.toString();
    }
}
