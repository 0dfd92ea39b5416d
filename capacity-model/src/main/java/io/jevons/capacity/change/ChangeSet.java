package io.jevons.capacity.change;

import io.jevons.capacity.assumptions.Assumptions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Several changes made together, as one: a planner's save of edited cells. Applied in order to one set of
 * assumptions, so a change that breaks a rule refuses the whole set and nothing of it is made.
 */
public record ChangeSet(List<AssumptionChange> changes) implements AssumptionChange {

    /** How many item summaries {@link #summary()} names before it says how many more there are. */
    static final int SUMMARIZED_ITEMS = 3;

    public ChangeSet {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a change set holds at least one change");
        }
        if (changes.stream().anyMatch(ChangeSet.class::isInstance)) {
            throw new IllegalArgumentException("a change set holds single changes, not other sets");
        }
    }

    @Override
    public Assumptions applyTo(Assumptions assumptions) {
        Assumptions changed = assumptions;
        for (AssumptionChange change : changes) {
            changed = change.applyTo(changed);
        }
        return changed;
    }

    @Override
    public String summary() {
        String named = changes.stream().limit(SUMMARIZED_ITEMS).map(AssumptionChange::summary)
                .collect(Collectors.joining("; "));
        int more = changes.size() - SUMMARIZED_ITEMS;
        return more > 0 ? named + "; and " + more + " more" : named;
    }

    /** The family all of its changes share, or {@link AssumptionFamily#SEVERAL}. */
    @Override
    public AssumptionFamily family() {
        AssumptionFamily first = changes.get(0).family();
        return changes.stream().allMatch(change -> change.family() == first) ? first : AssumptionFamily.SEVERAL;
    }
}
