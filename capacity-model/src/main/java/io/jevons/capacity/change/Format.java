package io.jevons.capacity.change;

import java.util.Locale;

/** Number formats of change summaries. */
final class Format {

    private Format() {
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.4g%%", fraction * 100).replaceAll("\\.?0+%$", "%");
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
