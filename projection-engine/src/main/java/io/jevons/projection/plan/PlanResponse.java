package io.jevons.projection.plan;

import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.Instant;
import java.util.List;

/**
 * The plan grid of a scenario at a version: rows of assumptions by quarter, and who set each cell.
 *
 * @param version       the version shown
 * @param latestVersion the scenario's version now; editing is for the latest version only
 * @param changes       the changes that set the cells, in the order they were made; {@code Row.setBy} points here
 */
public record PlanResponse(ScenarioId scenarioId, String name, long version, long latestVersion, boolean locked,
                           boolean archived, List<Quarter> quarters, List<Row> rows, List<Setter> changes) {

    /**
     * One assumption's row.
     *
     * @param term      the glossary term the row shows (its {@code name}, {@code unit} and {@code explanation} too)
     * @param quarterly true for a value per quarter; false for one value of the whole plan (in {@code values[0]})
     * @param starts    indexes into {@code values} where a change starts
     * @param setBy     per value, the index into {@code changes} of the change that last set it (null: never set)
     */
    public record Row(String id, String group, String name, String term, Unit unit, String explanation,
                      boolean quarterly, boolean editable, List<Double> values, List<Integer> starts,
                      List<Integer> setBy) {
    }

    /**
     * A change that set cells: its version, who made it and when (for a copied change, the original maker and time),
     * why, and what it did.
     */
    public record Setter(long version, String user, Instant time, String reason, String summary, boolean copied) {
    }
}
