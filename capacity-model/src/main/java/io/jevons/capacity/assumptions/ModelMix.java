package io.jevons.capacity.assumptions;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Share of all requests per workload class; the shares sum to 1 (checked with the other assumptions). */
public record ModelMix(Map<WorkloadClassId, Double> shares) {

    /** How far from 1 the sum of shares may be, for decimal inputs such as 0.1 + 0.2 + 0.7. */
    public static final double SUM_TOLERANCE = 1e-9;

    public ModelMix {
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
    }

    public double shareOf(WorkloadClassId workloadClass) {
        return shares.getOrDefault(workloadClass, 0.0);
    }

    public double total() {
        double total = 0;
        for (double share : shares.values()) {
            total += share;
        }
        return total;
    }
}
