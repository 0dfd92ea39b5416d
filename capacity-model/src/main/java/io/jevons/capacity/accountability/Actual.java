package io.jevons.capacity.accountability;

import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.time.Quarter;

import java.math.BigDecimal;

/** One figure of what really happened: a quarterly metric's actual value (chips delivered, tokens served, capex). */
public record Actual(Quarter quarter, MetricKind metric, BigDecimal value) {
}
