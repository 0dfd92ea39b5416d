package io.jevons.capacity.uncertainty;

import java.util.List;

/**
 * What a Monte Carlo run found. The same assumptions, samples and seed give the same result.
 *
 * @param rejected samples whose drawn values broke a rule of the model (e.g. a peak below the average); they are
 *                 left out of the bands and counted here
 * @param ranges   the keys of the ranges that were sampled, in the order they were drawn
 */
public record MonteCarloResult(long seed, int samples, int rejected, List<String> ranges, List<QuarterBands> quarters) {
}
