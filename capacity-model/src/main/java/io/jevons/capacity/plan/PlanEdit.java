package io.jevons.capacity.plan;

/**
 * A value typed into a cell of the plan grid, in the model's units (a percentage as a fraction).
 *
 * @param row     the row's id ({@code demand.growth}, {@code mix.share:chat})
 * @param quarter the cell's quarter ("2026Q1"); null for a row with one value for the whole plan
 */
public record PlanEdit(String row, String quarter, Double value) {
}
