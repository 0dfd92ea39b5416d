package io.jevons.capacity.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The change of a metric from {@code before} to {@code after}, split into contributions that sum
 * exactly to {@code after - before}.
 */
public record Attribution(Metric metric, Method method, BigDecimal before, BigDecimal after,
                          List<Contribution> contributions) {

    public enum Method { SEQUENTIAL, SHAPLEY }

    public Attribution {
        contributions = List.copyOf(contributions);
    }

    public BigDecimal totalChange() {
        return after.subtract(before);
    }
}
