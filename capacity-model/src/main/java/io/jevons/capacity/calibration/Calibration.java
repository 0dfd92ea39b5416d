package io.jevons.capacity.calibration;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.projection.Projection;

import java.util.List;

/** Anchors held against a scenario's projection. */
public final class Calibration {

    private Calibration() {
    }

    public static List<AnchorCheck> check(Assumptions assumptions, Projection projection, List<Anchor> anchors) {
        return anchors.stream().map(anchor -> check(assumptions, projection, anchor)).toList();
    }

    private static AnchorCheck check(Assumptions assumptions, Projection projection, Anchor anchor) {
        if (!assumptions.horizon().contains(anchor.period())) {
            return new AnchorCheck(anchor, null, null, false);
        }
        Double model = anchor.quantity().of(assumptions, projection, anchor.period(), anchor.subject());
        if (model == null || !Double.isFinite(model)) {
            return new AnchorCheck(anchor, null, null, false);
        }
        return new AnchorCheck(anchor, model, model / anchor.value(), anchor.holdsFor(model));
    }
}
