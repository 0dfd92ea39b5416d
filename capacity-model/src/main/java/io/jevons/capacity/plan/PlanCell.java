package io.jevons.capacity.plan;

/** A cell of the plan grid: a row and an index into its values. */
public record PlanCell(String row, int index) {
}
