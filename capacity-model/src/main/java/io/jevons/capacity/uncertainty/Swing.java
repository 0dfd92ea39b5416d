package io.jevons.capacity.uncertainty;

import java.math.BigDecimal;

/**
 * A metric with one ranged assumption at its low and at its high end, everything else as assumed.
 *
 * @param key   the range's key, e.g. {@code CHIP_PRICE[h100]}
 * @param atLow the metric with the assumption times {@code lowFactor}
 */
public record Swing(String key, String label, double lowFactor, double highFactor, BigDecimal atLow,
                    BigDecimal atHigh) {

    /** How far apart the two ends put the metric: the length of the tornado's bar. */
    public BigDecimal width() {
        return atHigh.subtract(atLow).abs();
    }
}
