package io.jevons.capacity.attribution;

import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.validation.InvalidAssumptionsException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One number of a projection: a kind in a calendar year ({@code total-cost:2027}) or in a quarter
 * ({@code cost-per-million-tokens:2027Q1}).
 */
public record Metric(MetricKind kind, Integer year, Quarter quarter) {

    public Metric {
        if ((year == null) == (quarter == null)) {
            throw new IllegalArgumentException("a metric is of a year or of a quarter");
        }
        if (year != null && !kind.hasYearly()) {
            throw InvalidAssumptionsException.of("metric", kind.key() + " is a quarterly metric");
        }
        if (quarter != null && !kind.hasQuarterly()) {
            throw InvalidAssumptionsException.of("metric", kind.key() + " is a yearly metric");
        }
    }

    public static Metric ofYear(MetricKind kind, int year) {
        return new Metric(kind, year, null);
    }

    public static Metric ofQuarter(MetricKind kind, Quarter quarter) {
        return new Metric(kind, null, quarter);
    }

    /** Parses {@code kind:2027} or {@code kind:2027Q1}, kinds as in {@link MetricKind#key()}. */
    public static Metric parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":");
        if (parts.length != 2) {
            throw InvalidAssumptionsException.of("metric", "expected kind:period such as total-cost:2027 or "
                    + "cost-per-million-tokens:2027Q1, was '" + text + "'");
        }
        MetricKind kind = Arrays.stream(MetricKind.values()).filter(k -> k.key().equals(parts[0])).findFirst()
                .orElseThrow(() -> InvalidAssumptionsException.of("metric", "unknown metric '" + parts[0] + "'; known: "
                        + Arrays.stream(MetricKind.values()).map(MetricKind::key).collect(Collectors.joining(", "))));
        if (parts[1].matches("\\d{4}")) {
            return ofYear(kind, Integer.parseInt(parts[1]));
        }
        return ofQuarter(kind, Quarter.parse(parts[1]));
    }

    /** The metric's exact value in the projection; refuses where the projection leaves it undefined. */
    public BigDecimal valueIn(Projection projection) {
        BigDecimal value;
        try {
            value = year != null ? kind.of(projection.year(year)) : kind.of(projection.quarter(quarter));
        } catch (IllegalArgumentException outside) {
            throw InvalidAssumptionsException.of("metric", outside.getMessage());
        }
        if (value == null) {
            throw new UndefinedMetricException(this);
        }
        return value;
    }

    /** The metric as planners read it: "Total cost 2027", "Cost per million tokens 2027Q1". */
    public String name() {
        return kind.term().name() + " " + (year != null ? year.toString() : quarter.toString());
    }

    @Override
    public String toString() {
        return kind.key() + ":" + (year != null ? year.toString() : quarter.toString());
    }
}
