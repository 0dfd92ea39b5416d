package io.jevons.capacity.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One assumption as the plan grid shows it: a value per quarter of the horizon (or one value for the whole plan),
 * and the cells where a change of it starts.
 *
 * @param id       the row's key: the term's id, then {@code :} and the subject's id for a per-class, per-scope or
 *                 per-chip row ({@code tokens.output:chat}); what cell edits name
 * @param group    the rows it is shown with ("Demand", "Chat", "Chips: H100")
 * @param subject  the class, scope or chip the row is about, in words; null for a row of the whole scenario
 * @param quarterly true when the row has a value per quarter, false for one value of the whole plan
 * @param values   the value in force per quarter (null where nothing is set yet), or the one value of the whole plan
 * @param starts   indexes into {@code values} where a change starts
 */
public record PlanRow(String id, String group, Term term, String subject, boolean quarterly, boolean editable,
                      List<Double> values, Set<Integer> starts) {

    public PlanRow {
        Objects.requireNonNull(term, "term");
        values = Collections.unmodifiableList(new ArrayList<>(values));
        starts = Collections.unmodifiableSet(new TreeSet<>(starts));
    }

    /** The row's name in words: the term's, and what it is about. */
    public String name() {
        return subject == null ? term.name() : term.name() + " · " + subject;
    }
}
