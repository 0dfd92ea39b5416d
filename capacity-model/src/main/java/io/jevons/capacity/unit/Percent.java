package io.jevons.capacity.unit;

import java.math.BigDecimal;
import java.math.MathContext;

/** A fraction as planners read and type it: 0.7 reads "70 %". */
public final class Percent {

    private Percent() {
    }

    /** The fraction in percent, to four significant digits: 1.1 reads "110 %", 0.3333 reads "33.33 %". */
    public static String of(double fraction) {
        return new BigDecimal(fraction * 100).round(new MathContext(4)).stripTrailingZeros().toPlainString() + " %";
    }
}
