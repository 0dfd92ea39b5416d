package io.jevons.capacity.assumptions;

/**
 * What one request of a workload class costs in compute.
 *
 * @param outputTokensPerRequest tokens generated per request (a reasoning model's hidden chain of thought included)
 * @param inputTokensPerRequest  prompt and context tokens per request
 * @param flopsPerToken          FLOPs per token of the class's reference model: 2 x its active parameters
 */
public record TokenProfile(double outputTokensPerRequest, double inputTokensPerRequest, double flopsPerToken) {

    /** Output tokens plus input tokens weighted by their relative compute cost (prefill is cheaper per token). */
    public double weightedTokensPerRequest(double inputTokenWeight) {
        return outputTokensPerRequest + inputTokensPerRequest * inputTokenWeight;
    }
}
