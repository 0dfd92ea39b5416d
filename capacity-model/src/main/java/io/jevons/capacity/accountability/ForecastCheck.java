package io.jevons.capacity.accountability;

import io.jevons.capacity.attribution.MetricKind;
import io.jevons.capacity.change.AssumptionFamily;
import io.jevons.capacity.time.Quarter;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A forecast held against what happened: what the plan said then, what it says now, the actual value, and the
 * changes made since grouped by assumption family. {@code forecastNow - forecastThen} is exactly the sum of
 * {@code correctedBy}, so the error then splits into what each family's changes have corrected and
 * {@link #errorNow()}, what no change has explained yet.
 *
 * @param correctedBy by family, how much the changes since then moved the forecast (families without changes left out)
 */
public record ForecastCheck(Quarter quarter, MetricKind metric, BigDecimal actual, BigDecimal forecastThen,
                            BigDecimal forecastNow, Map<AssumptionFamily, BigDecimal> correctedBy) {

    /** Forecast minus actual, as planned then: positive when the plan overestimated. */
    public BigDecimal errorThen() {
        return forecastThen.subtract(actual);
    }

    public BigDecimal errorNow() {
        return forecastNow.subtract(actual);
    }
}
