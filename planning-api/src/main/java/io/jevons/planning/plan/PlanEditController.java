package io.jevons.planning.plan;

import io.jevons.capacity.plan.PlanEdit;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Saves the cells a planner typed into the plan grid, as one change set with one reason. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/plan")
@Tag(name = "Plan")
class PlanEditController {

    record Edits(
            @Schema(description = "The cells typed: row id as the plan answers it, quarter (null for a figure of the "
                    + "whole plan) and value in the model's units (a percentage as a fraction)")
            List<PlanEdit> edits,
            String reason) {
    }

    private final ScenarioUpdates updates;

    PlanEditController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PostMapping("/edits")
    @Operation(summary = "Save edited cells of the plan grid as one change set: applied all together or not at all, "
            + "at the If-Match version; each cell sets its value from its quarter on")
    ResponseEntity<ScenarioVersionResponse> save(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                 @RequestBody Edits body) {
        return updates.editPlan(scenarioId, headers, body.edits(), body.reason());
    }
}
