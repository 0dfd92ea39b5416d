package io.jevons.capacity.uncertainty;

import java.util.Arrays;

/** The 10th, 50th and 90th percentile of a number over the samples of a Monte Carlo run. */
public record Band(double p10, double p50, double p90) {

    /** Percentiles by linear interpolation between the sorted samples; null when there are none. */
    static Band of(double[] samples, int count) {
        if (count == 0) {
            return null;
        }
        double[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Band(percentile(sorted, 0.1), percentile(sorted, 0.5), percentile(sorted, 0.9));
    }

    private static double percentile(double[] sorted, double share) {
        double position = share * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
