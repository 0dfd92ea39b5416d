package io.jevons.capacity.merge;

import io.jevons.capacity.change.AssumptionFamily;

import java.util.List;

/**
 * One assumption a change sets: its family, a path from the general to the particular ({@code order/h100-2025q1/
 * quantity}, {@code model-mix/2026Q1}) and a label for people. Two items overlap when one path starts with the other:
 * placing an order touches all of its terms, changing its quantity only that one. Changes of items that do not overlap
 * give the same assumptions in either order ({@code ConflictsProperties} checks it), so only overlapping ones can
 * conflict, and only they stand in the way of a revert.
 */
public record AssumptionItem(AssumptionFamily family, List<String> path, String label) {

    public AssumptionItem {
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("an item has a path");
        }
    }

    /** Stable and readable, for URLs and resolutions: {@code order/h100-2025q1/quantity}. */
    public String id() {
        return String.join("/", path);
    }

    public boolean overlaps(AssumptionItem other) {
        int common = Math.min(path.size(), other.path.size());
        return path.subList(0, common).equals(other.path.subList(0, common));
    }
}
