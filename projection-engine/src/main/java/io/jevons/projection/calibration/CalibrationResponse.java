package io.jevons.projection.calibration;

import io.jevons.capacity.calibration.AnchorCheck;
import io.jevons.capacity.calibration.Bound;
import io.jevons.capacity.calibration.Quantity;
import io.jevons.capacity.plan.Unit;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;

import java.time.LocalDate;
import java.util.List;

/** A scenario at a version held against the public anchors: each anchor, the model's value, their ratio, whether it holds. */
public record CalibrationResponse(ScenarioId scenarioId, long version, List<Check> checks) {

    /**
     * One anchor and the model's value of the same quantity and period ({@code modelValue} and {@code ratio} null
     * when the scenario has no such quantity); {@code tolerance} is the factor either way for {@code AROUND};
     * {@code own} for an anchor the scenario's planners set (the others are public).
     */
    public record Check(String id, String name, Quantity quantity, String subject, Quarter period, Unit unit,
                        double value, Bound bound, double tolerance, LocalDate published, String source,
                        String constrains, Double modelValue, Double ratio, boolean holds, boolean own) {

        static Check of(AnchorCheck check, boolean own) {
            var a = check.anchor();
            return new Check(a.id(), a.name(), a.quantity(), a.subject(), a.period(), a.quantity().unit(), a.value(),
                    a.bound(), a.tolerance(), a.published(), a.source(), a.constrains(), check.modelValue(),
                    check.ratio(), check.holds(), own);
        }
    }
}
