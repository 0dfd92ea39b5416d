package io.jevons.planning.api.event;

import io.jevons.capacity.calibration.Anchor;
import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.Quantity;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A planner's own anchor for the scenario's calibration (their tokens served, a vendor's quote), held against the
 * projection beside the public ones; setting an anchor of the same id again replaces it.
 *
 * @param anchor the anchor's id, unique in the scenario
 */
@Revision("1")
public record AnchorSet(ScenarioId scenarioId, String anchor, String name, Quantity quantity, String subject,
                        Quarter period, double value, Bound bound, double tolerance, LocalDate published,
                        String source, String reason) implements ScenarioEvent {

    /** What a planner's anchor constrains, in the calibration's words. */
    public static final String CONSTRAINS = "a planner's own figure";

    public Anchor toAnchor() {
        return new Anchor(anchor, name, quantity, subject, period, value, bound, tolerance, published, source, CONSTRAINS);
    }
}
