package io.jevons.planning.api.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * One change of a merge as its planner made it on the proposal's scenario: a single change (a saved set is merged
 * item by item, each with the set's reason), with who made it, when, why and on what evidence. A change the merger
 * typed to resolve a conflict has no version there and the merger as its user.
 *
 * @param sourceVersion the version of the proposal's scenario that made it; null for a resolution
 */
public record MergedChange(@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type") AssumptionEvent change,
                           Long sourceVersion, String user, Instant time, String reason, String evidence,
                           String evidenceLink) {
}
