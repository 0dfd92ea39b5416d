package io.jevons.projection.engine;

import java.time.Instant;

/**
 * An output that moved between two engine versions for the same events: the assumptions are those of
 * {@code version} in both, so the engine alone moved it.
 *
 * @param engineBefore null for rows computed before projections recorded their engine version
 * @param metric       the metric's key as in attribution ({@code capex}, {@code demand-flops}, …); money in USD
 */
public record EngineChange(long version, String engineBefore, String engineAfter, String quarter, String metric,
                           Double before, Double after, Instant foundAt) {
}
