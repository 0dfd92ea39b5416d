package io.jevons.projection.engine;

import io.jevons.capacity.plan.Unit;

import java.time.Instant;

/**
 * An output that moved between two engine versions for the same events: the assumptions are those of
 * {@code version} in both, so the engine alone moved it.
 *
 * @param engineBefore null for rows computed before projections recorded their engine version
 * @param metric       the metric's key as in attribution ({@code capex}, {@code demand-flops}, …); money in USD
 * @param metricName   the metric as planners read it, in the unit {@code unit}
 */
public record EngineChange(long version, String engineBefore, String engineAfter, String quarter, String metric,
                           String metricName, Unit unit, Double before, Double after, Instant foundAt) {
}
