package io.jevons.planning.api.event;

/** What a review says of a proposal. */
public enum ReviewVerdict {
    APPROVED, CHANGES_REQUESTED
}
