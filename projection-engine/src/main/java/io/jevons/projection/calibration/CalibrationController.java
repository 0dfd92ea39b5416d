package io.jevons.projection.calibration;

import io.jevons.capacity.calibration.Anchor;
import io.jevons.capacity.calibration.Calibration;
import io.jevons.capacity.calibration.PublicAnchors;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How a scenario agrees with public figures (token volume, requests, capex, vendor and inference shares) and with
 * its planners' own anchors.
 */
@RestController
@Tag(name = "Calibration")
class CalibrationController {

    private final ScenarioTimeline timeline;

    CalibrationController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/calibration")
    @Operation(summary = "Each public anchor (value, date, source, tolerance), the scenario's value of the same "
            + "quantity and period, their ratio and whether it holds; asOf shows a past version")
    CalibrationResponse calibration(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ScenarioState state = timeline.stateAt(new ScenarioId(scenarioId), AsOf.parse(asOf, "asOf"), "asOf");
        List<Anchor> anchors = new ArrayList<>(PublicAnchors.ALL);
        anchors.addAll(state.anchors());
        var checks = Calibration.check(state.assumptions(), CapacityProjector.project(state.assumptions()), anchors);
        return new CalibrationResponse(state.scenarioId(), state.version(), checks.stream()
                .map(check -> CalibrationResponse.Check.of(check, state.anchors().contains(check.anchor()))).toList());
    }
}
