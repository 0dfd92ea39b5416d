package io.jevons.capacity.attribution;

import java.math.BigDecimal;

/**
 * How much of the total change of a metric one change accounts for.
 *
 * @param applied false when the change could not be made in this order (e.g. it changes an order
 *                that an earlier, excluded change places); its delta is then zero
 */
public record Contribution(String label, BigDecimal delta, boolean applied) {
}
