package io.jevons.planning.mix;

import io.jevons.capacity.assumptions.ModelMix;
import io.jevons.capacity.assumptions.TokenProfile;
import io.jevons.capacity.assumptions.WorkloadClassId;
import io.jevons.capacity.change.ChangeWorkloadTokens;
import io.jevons.capacity.change.DefineWorkloadClass;
import io.jevons.capacity.change.SetModelMix;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.scenario.requests.ScenarioUpdates;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

import static io.jevons.planning.web.Fields.parsed;
import static io.jevons.planning.web.Fields.required;

/** Model mix assumptions: workload classes, their tokens per request, and the share of requests per class. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}")
@Tag(name = "Model mix")
class WorkloadController {

    record NewWorkloadClass(WorkloadClassId workloadClass, String name, Quarter from, Double outputTokensPerRequest,
                            Double inputTokensPerRequest, Double flopsPerToken, String reason) {
    }

    record Tokens(Double outputTokensPerRequest, Double inputTokensPerRequest, Double flopsPerToken, String reason) {
    }

    record Mix(Map<WorkloadClassId, Double> shares, String reason) {
    }

    private final ScenarioUpdates updates;

    WorkloadController(ScenarioUpdates updates) {
        this.updates = updates;
    }

    @PostMapping("/workload-classes")
    @Operation(summary = "Define a workload class with its token profile from a quarter on")
    ResponseEntity<ScenarioVersionResponse> define(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                   @RequestBody NewWorkloadClass body) {
        TokenProfile tokens = new TokenProfile(required(body.outputTokensPerRequest(), "outputTokensPerRequest"),
                required(body.inputTokensPerRequest(), "inputTokensPerRequest"),
                required(body.flopsPerToken(), "flopsPerToken"));
        return updates.change(scenarioId, headers, new DefineWorkloadClass(required(body.workloadClass(), "workloadClass"),
                body.name(), required(body.from(), "from"), tokens), body.reason());
    }

    @PutMapping("/workload-classes/{workloadClass}/tokens/{quarter}")
    @Operation(summary = "Change tokens per request or FLOPs per token of a workload class from a quarter on")
    ResponseEntity<ScenarioVersionResponse> tokens(@PathVariable UUID scenarioId, @PathVariable String workloadClass,
                                                   @PathVariable String quarter, ChangeHeaders headers,
                                                   @RequestBody Tokens body) {
        TokenProfile tokens = new TokenProfile(required(body.outputTokensPerRequest(), "outputTokensPerRequest"),
                required(body.inputTokensPerRequest(), "inputTokensPerRequest"),
                required(body.flopsPerToken(), "flopsPerToken"));
        return updates.change(scenarioId, headers, new ChangeWorkloadTokens(
                parsed(workloadClass, "workloadClass", WorkloadClassId::of), parsed(quarter, "quarter", Quarter::parse),
                tokens), body.reason());
    }

    @PutMapping("/model-mix/{quarter}")
    @Operation(summary = "Set the share of requests per workload class from a quarter on (shares sum to 1)")
    ResponseEntity<ScenarioVersionResponse> mix(@PathVariable UUID scenarioId, @PathVariable String quarter,
                                                ChangeHeaders headers, @RequestBody Mix body) {
        return updates.change(scenarioId, headers, new SetModelMix(parsed(quarter, "quarter", Quarter::parse),
                new ModelMix(required(body.shares(), "shares"))), body.reason());
    }
}
