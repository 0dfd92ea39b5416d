package io.jevons.projection.attribution;

import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.attribution.Attribution;
import io.jevons.planning.api.scenario.ScenarioId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Why a metric moved between two versions: one bar per change, labelled with its event, user and reason;
 * {@code metric} as the API names it ({@code total-cost:2027}), {@code metricName} as planners read it;
 * the bars sum exactly to {@code after - before}. {@code grouping} says what a bar stands for: an event, or every change
 * of a family or a user between the versions (then {@code eventType} is null).
 */
public record AttributionResponse(ScenarioId scenarioId, String metric, String metricName, Unit unit,
                                  Attribution.Method method, AttributionGrouping grouping, long fromVersion, long toVersion,
                                  BigDecimal before, BigDecimal after, BigDecimal totalChange, List<Bar> bars) {

    /** One change's share of the total. */
    public record Bar(long version, String eventType, String user, Instant time, String reason, String summary,
                      BigDecimal delta, boolean applied) {
    }
}
