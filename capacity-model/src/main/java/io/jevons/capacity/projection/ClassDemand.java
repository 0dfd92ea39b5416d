package io.jevons.capacity.projection;

import io.jevons.capacity.assumptions.WorkloadClassId;

/**
 * Peak demand of one workload class in one quarter.
 *
 * @param tokensPerRequest output plus weighted input tokens per request, after the Jevons rebound
 */
public record ClassDemand(WorkloadClassId workloadClass, double requestsPerSecond, double tokensPerRequest,
                          double tokensPerSecond, double demandFlopsPerSecond) {
}
