package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Quarter;

/**
 * A one-off gain in FLOPs per token from {@code quarter} on, e.g. DeepSeek R1's "10x cheaper" from 2025Q1:
 * factor 10 divides the FLOPs per token of every class in scope by ten.
 */
public record EfficiencyStep(Quarter quarter, EfficiencyScope scope, double factor, String label) {
}
