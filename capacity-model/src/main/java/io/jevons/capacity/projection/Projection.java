package io.jevons.capacity.projection;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;

import java.util.List;

/**
 * What a set of assumptions means, quarter by quarter and year by year.
 *
 * @param engineVersion the {@link EngineVersion} that computed it
 * @param warnings      facts a planner should know that are not errors, e.g. quarters without a model mix
 */
public record Projection(String engineVersion, Horizon horizon, List<ProjectedQuarter> quarters,
                         List<ProjectedYear> years, List<String> warnings) {

    public Projection {
        quarters = List.copyOf(quarters);
        years = List.copyOf(years);
        warnings = List.copyOf(warnings);
    }

    public ProjectedQuarter quarter(Quarter quarter) {
        if (!horizon.contains(quarter)) {
            throw new IllegalArgumentException(quarter + " is outside the horizon " + horizon);
        }
        return quarters.get(horizon.indexOf(quarter));
    }

    public ProjectedYear year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(year + " is outside the horizon " + horizon));
    }
}
