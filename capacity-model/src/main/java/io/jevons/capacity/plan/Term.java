package io.jevons.capacity.plan;

/**
 * A figure as planners know it: its name, unit and what it means in one sentence. Grid headers, editors,
 * charts, comparisons and the API description all take their words from here.
 *
 * @param id          stable key (e.g. {@code demand.growth}), what the API and the grid's row ids use
 * @param name        the figure's name in a planner's words
 * @param explanation one sentence on what it means
 */
public record Term(String id, String name, Unit unit, String explanation) {
}
