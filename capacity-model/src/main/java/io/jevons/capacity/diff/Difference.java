package io.jevons.capacity.diff;

import io.jevons.capacity.change.AssumptionFamily;

/**
 * One assumption that differs between two sets: {@code before} is null for something added, {@code after}
 * null for something removed.
 */
public record Difference(AssumptionFamily family, String item, String before, String after) {
}
