package io.jevons.projection.plan;

import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.VersionTags;
import io.jevons.projection.projection.AsOf;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The plan grid: every assumption by quarter as it stood at a version, each cell with who set it, when and why. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/plan")
@Tag(name = "Plan")
class PlanController {

    private final ScenarioTimeline timeline;

    PlanController(ScenarioTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping
    @Operation(summary = "The plan grid: one row per assumption, one value per quarter (or for the whole plan), "
            + "the cells where a change starts and the change that set each cell; asOf shows a past version")
    ResponseEntity<PlanResponse> plan(@PathVariable UUID scenarioId, @RequestParam(required = false) String asOf) {
        ScenarioId id = new ScenarioId(scenarioId);
        List<RecordedEvent> all = timeline.events(id);
        List<RecordedEvent> upTo = ScenarioTimeline.upTo(id, all, AsOf.parse(asOf, "asOf"), "asOf");
        PlanResponse plan = PlanHistory.of(upTo, all.size());
        return ResponseEntity.ok().eTag(VersionTags.of(plan.version())).body(plan);
    }
}
