package io.jevons.projection.attribution;

/**
 * What one bar of an attribution stands for: one event, or every change of one assumption family or of one user
 * between the two versions (applied in their order within the group), so that the bars stay few however many events
 * lie in between.
 */
public enum AttributionGrouping {
    EVENT, FAMILY, USER;

    /** Up to this many events a waterfall shows one bar each; past it, one per family unless asked otherwise. */
    static final int EVENTS_ONE_BY_ONE = 200;

    static AttributionGrouping forCount(int events) {
        return events <= EVENTS_ONE_BY_ONE ? EVENT : FAMILY;
    }
}
