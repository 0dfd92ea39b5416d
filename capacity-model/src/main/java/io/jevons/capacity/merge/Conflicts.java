package io.jevons.capacity.merge;

import io.jevons.capacity.change.AssumptionChange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The three-way comparison of a merge: which assumptions a proposal sets that its target also set since the two
 * parted. Works on any record of a change ({@code T}: an event with its user and reason, or a bare change), each a
 * single change, not a set.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * One assumption both sides set: the proposal's changes of the item, and the target's changes of it or of an
     * item it overlaps, each in the order made.
     */
    public record Conflict<T>(AssumptionItem item, List<T> target, List<T> proposal) {

        public Conflict {
            target = List.copyOf(target);
            proposal = List.copyOf(proposal);
        }
    }

    /**
     * The items of the proposal that the target set too, in the order the proposal first set them; an item both
     * sides set by the very same changes (one side took the other's) is no conflict.
     */
    public static <T> List<Conflict<T>> between(List<T> target, List<T> proposal, Function<T, AssumptionChange> changeOf) {
        Map<AssumptionItem, List<T>> proposed = new LinkedHashMap<>();
        for (T change : proposal) {
            proposed.computeIfAbsent(ChangedItems.single(changeOf.apply(change)), item -> new ArrayList<>()).add(change);
        }
        List<Conflict<T>> conflicts = new ArrayList<>();
        for (Map.Entry<AssumptionItem, List<T>> item : proposed.entrySet()) {
            List<T> theirs = touching(List.of(item.getKey()), target, changeOf);
            if (!theirs.isEmpty() && !sameChanges(theirs, touching(List.of(item.getKey()), proposal, changeOf), changeOf)) {
                conflicts.add(new Conflict<>(item.getKey(), theirs, item.getValue()));
            }
        }
        return conflicts;
    }

    /** The changes among {@code changes} that set one of {@code items} or an item overlapping one. */
    public static <T> List<T> touching(List<AssumptionItem> items, List<T> changes, Function<T, AssumptionChange> changeOf) {
        return changes.stream()
                .filter(change -> ChangedItems.of(changeOf.apply(change)).stream()
                        .anyMatch(touched -> items.stream().anyMatch(touched::overlaps)))
                .toList();
    }

    private static <T> boolean sameChanges(List<T> a, List<T> b, Function<T, AssumptionChange> changeOf) {
        return a.stream().map(changeOf).toList().equals(b.stream().map(changeOf).toList());
    }
}
