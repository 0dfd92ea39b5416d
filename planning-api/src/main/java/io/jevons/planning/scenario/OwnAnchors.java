package io.jevons.planning.scenario;

import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.PublicAnchors;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.validation.Violations;
import io.jevons.planning.api.event.AnchorRemoved;
import io.jevons.planning.api.event.AnchorSet;

import java.util.List;
import java.util.regex.Pattern;

/** The rules for a planner's own anchors: an id of their own, figures the calibration can hold, a cited source. */
final class OwnAnchors {

    static final int MAX_ANCHORS = 200;
    static final int MAX_NAME = 120;
    static final int MAX_SOURCE = 1000;
    static final double MAX_TOLERANCE = 100;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private OwnAnchors() {
    }

    static void check(Violations violations, AnchorSet set, Horizon horizon, List<String> ownIds) {
        if (set.anchor() == null || !ID.matcher(set.anchor()).matches()) {
            violations.add("anchor", "an anchor's id is 1 to 64 lower-case letters, digits, '.', '_' or '-'");
        } else if (PublicAnchors.ALL.stream().anyMatch(a -> a.id().equals(set.anchor()))) {
            violations.add("anchor", "\"" + set.anchor() + "\" is a public anchor's id; choose another");
        } else if (!ownIds.contains(set.anchor()) && ownIds.size() >= MAX_ANCHORS) {
            violations.add("anchor", "a scenario holds at most " + MAX_ANCHORS + " anchors of its own");
        }
        BoundedText.check(violations, set.name(), "name", "an anchor's name", MAX_NAME, false);
        BoundedText.check(violations, set.source(), "source", "a source", MAX_SOURCE, false);
        if (set.subject() != null) {
            BoundedText.check(violations, set.subject(), "subject", "a subject", TagName.MAX_LENGTH, false);
        }
        violations.check(set.quantity() != null, () -> "quantity", () -> "say what the figure is of");
        violations.check(set.bound() != null, () -> "bound", () -> "say whether it is around, at most or at least");
        violations.check(set.published() != null, () -> "published", () -> "say when the figure was published");
        if (set.period() == null || !horizon.contains(set.period())) {
            violations.add("period", set.period() + " is outside the horizon " + horizon);
        }
        violations.check(Double.isFinite(set.value()) && set.value() > 0, () -> "value",
                () -> "must be a positive number, was " + set.value());
        if (set.bound() == Bound.AROUND) {
            violations.between(set.tolerance(), 1, MAX_TOLERANCE, () -> "tolerance");
        }
    }

    static void check(Violations violations, AnchorRemoved removed, List<String> ownIds) {
        violations.check(ownIds.contains(removed.anchor()), () -> "anchor",
                () -> "the scenario has no anchor of its own named \"" + removed.anchor() + "\"");
    }
}
