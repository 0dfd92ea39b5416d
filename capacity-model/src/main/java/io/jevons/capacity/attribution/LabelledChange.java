package io.jevons.capacity.attribution;

import io.jevons.capacity.change.AssumptionChange;

/** A change with the words that name its bar in a waterfall, e.g. the event, its user and reason. */
public record LabelledChange(String label, AssumptionChange change) {
}
