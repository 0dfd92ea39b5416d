package io.jevons.capacity.plan;

import io.jevons.capacity.unit.Percent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * What a figure counts, so every screen formats and parses it the same way: fractions read as percentages,
 * dollars with B/M suffixes, counts with thousands separators.
 */
public enum Unit {
    /** Requests a day. */
    REQUESTS_PER_DAY,
    /** A fraction shown and typed as a percentage (0.25 reads 25 %). */
    PERCENT,
    /** A multiple, shown with × (10 reads 10×). */
    MULTIPLE,
    /** A plain ratio without unit. */
    RATIO,
    TOKENS,
    /** Floating-point operations. */
    FLOP,
    /** Floating-point operations per second. */
    FLOP_PER_SECOND,
    CHIPS,
    USD,
    USD_PER_KWH,
    /** Dollars per million tokens. */
    USD_PER_MILLION_TOKENS,
    MEGAWATTS,
    MEGAWATT_HOURS,
    TOKENS_PER_SECOND;

    private static final double[] SCALES = {1e12, 1e9, 1e6};
    private static final String[] SCALE_NAMES = {"T", "B", "M"};
    private static final double[] FLOP_SCALES = {1e24, 1e21, 1e18, 1e15, 1e12, 1e9, 1e6};
    private static final String[] FLOP_PREFIXES = {"Y", "Z", "E", "P", "T", "G", "M"};

    /**
     * A value of this unit as a planner reads it, as the pages write it too (format.js): "$1.2 B", "45 %",
     * "1,234,567", "10×", "3.2 EFLOP/s".
     */
    public String format(double value) {
        return switch (this) {
            case PERCENT -> Percent.of(value);
            case MULTIPLE -> significant(value) + "×";
            case USD, USD_PER_MILLION_TOKENS -> dollars(value);
            case USD_PER_KWH -> "$" + significant(value) + "/kWh";
            case FLOP_PER_SECOND -> prefixed(value, "FLOP/s");
            case MEGAWATTS -> whole(value) + " MW";
            case MEGAWATT_HOURS -> whole(value) + " MWh";
            case REQUESTS_PER_DAY, TOKENS, TOKENS_PER_SECOND, CHIPS, FLOP -> count(value);
            case RATIO -> significant(value);
        };
    }

    private static String count(double value) {
        String scaled = scaled(value, SCALES, SCALE_NAMES, "");
        if (scaled != null) {
            return scaled;
        }
        return Math.abs(value) >= 100 || value == Math.rint(value) ? whole(value) : significant(value);
    }

    private static String dollars(double value) {
        String sign = value < 0 ? "−" : "";
        double abs = Math.abs(value);
        String scaled = scaled(abs, SCALES, SCALE_NAMES, "");
        if (scaled != null) {
            return sign + "$" + scaled;
        }
        if (abs >= 100) {
            return sign + "$" + whole(abs);
        }
        DecimalFormat cents = new DecimalFormat(abs < 1 ? "0.00#" : "0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return sign + "$" + cents.format(abs);
    }

    private static String prefixed(double value, String unit) {
        String scaled = scaled(value, FLOP_SCALES, FLOP_PREFIXES, unit);
        return scaled != null ? scaled : significant(value) + " " + unit;
    }

    /** "1.2 B", "3.2 EFLOP/s": the value in the largest of {@code scales} it reaches; null below the smallest. */
    private static String scaled(double value, double[] scales, String[] names, String unit) {
        for (int i = 0; i < scales.length; i++) {
            if (Math.abs(value) >= scales[i]) {
                return significant(value / scales[i]) + " " + names[i] + unit;
            }
        }
        return null;
    }

    private static String whole(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
    }

    /** Three significant digits, no trailing zeros, thousands separated: 1,234 or 0.0123. */
    private static String significant(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
        return rounded.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? whole(rounded.doubleValue()) : rounded.toPlainString();
    }
}
