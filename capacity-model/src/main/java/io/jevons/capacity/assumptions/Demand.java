package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

/**
 * How many requests arrive.
 *
 * @param requestsPerDay   requests per day in the horizon's first quarter
 * @param quarterlyGrowth  growth into each quarter over the one before (0.25 = +25%), set from a quarter on
 * @param peakToAverage    peak over average request rate: capacity is sized for the peak
 * @param inputTokenWeight compute cost of an input token relative to an output token (prefill is cheaper)
 */
public record Demand(double requestsPerDay, Schedule<Double> quarterlyGrowth, double peakToAverage,
                     double inputTokenWeight) {

    /** No requests yet; a peak of 1.5x the average and input tokens at 0.3 of an output token. */
    public static final Demand NONE = new Demand(0, Schedule.empty(), 1.5, 0.3);

    public Demand withRequestsPerDay(double value) {
        return new Demand(value, quarterlyGrowth, peakToAverage, inputTokenWeight);
    }

    public Demand withGrowthFrom(Quarter from, double growth) {
        return new Demand(requestsPerDay, quarterlyGrowth.with(from, growth), peakToAverage, inputTokenWeight);
    }

    public Demand withPeakToAverage(double value) {
        return new Demand(requestsPerDay, quarterlyGrowth, value, inputTokenWeight);
    }

    public Demand withInputTokenWeight(double value) {
        return new Demand(requestsPerDay, quarterlyGrowth, peakToAverage, value);
    }
}
