package io.jevons.projection.compare;

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

import java.util.UUID;

/** Compares two versions of one scenario, or two scenarios, assumption by assumption and output by output. */
@RestController
@Tag(name = "Compare")
class DiffController {

    private final ScenarioTimeline timeline;

    DiffController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/api/scenarios/{scenarioId}/diff")
    @Operation(summary = "Differences between this scenario at 'from' (default: version 1) and scenario 'with' "
            + "(default: this one) at 'to' (default: now); from and to are versions, days or instants")
    ScenarioDiffResponse diff(@PathVariable UUID scenarioId, @RequestParam(required = false) String from,
                              @RequestParam(required = false) UUID with, @RequestParam(required = false) String to) {
        ScenarioId leftId = new ScenarioId(scenarioId);
        ScenarioId rightId = with == null ? leftId : new ScenarioId(with);
        AsOf leftAt = from == null && with == null ? AsOf.parse("1", "from") : AsOf.parse(from, "from");
        ScenarioState left = timeline.stateAt(leftId, leftAt, "from");
        ScenarioState right = timeline.stateAt(rightId, AsOf.parse(to, "to"), "to");
        return ScenarioDiffResponse.between(side(left), left.assumptions(), side(right), right.assumptions());
    }

    private static ScenarioDiffResponse.Side side(ScenarioState state) {
        return new ScenarioDiffResponse.Side(state.scenarioId(), state.name(), state.version());
    }
}
