package io.jevons.capacity.calibration;

/** How a model value must relate to an anchor's value for the anchor to hold. */
public enum Bound {
    /** Within the anchor's tolerance factor either way: 1.5 means from value / 1.5 to value × 1.5. */
    AROUND,
    /** At most the anchor's value: a ceiling, such as a benchmark's best case. */
    AT_MOST,
    /** At least the anchor's value: a floor. */
    AT_LEAST
}
