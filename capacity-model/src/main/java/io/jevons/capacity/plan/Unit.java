package io.jevons.capacity.plan;

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
    TOKENS_PER_SECOND
}
