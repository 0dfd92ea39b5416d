package io.jevons.capacity.defaults;

import io.jevons.capacity.change.AssumptionChange;

import java.time.LocalDate;

/**
 * One change of the default scenario's history: when a planner made it, who, why, and on what evidence.
 *
 * @param source where the figure comes from (a publication, or "calibrated: …" where it is fitted, not published)
 */
public record DatedChange(LocalDate date, String planner, String reason, String source, AssumptionChange change) {
}
