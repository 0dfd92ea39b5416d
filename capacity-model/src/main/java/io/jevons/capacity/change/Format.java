package io.jevons.capacity.change;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formats of change summaries. */
public final class Format {

    private Format() {
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.4g%%", fraction * 100).replaceAll("\\.?0+%$", "%");
    }

    /** Whole numbers with thousands separators, others to four significant digits without trailing zeros. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        if (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.4g", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
