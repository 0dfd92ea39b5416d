package io.jevons.planning.scenario.requests;

/** A body that only says why, e.g. to archive a scenario. */
public record ReasonRequest(String reason) {
}
