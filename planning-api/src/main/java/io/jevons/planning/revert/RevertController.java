package io.jevons.planning.revert;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.jevons.planning.web.ChangeHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Undo of one past change, as a new change: the history keeps both. */
@RestController
@Tag(name = "History")
class RevertController {

    record RevertRequest(String reason) {
    }

    private final Reverts reverts;

    RevertController(Reverts reverts) {
        this.reverts = reverts;
    }

    @PostMapping("/api/scenarios/{scenarioId}/changes/{version}/revert")
    @Operation(summary = "Revert the assumption change that made 'version': its inverse, applied at the version in "
            + "If-Match with the reason \"revert of vN: <reason>\"; 409 lists the later changes of the same "
            + "assumptions that stand in the way")
    ResponseEntity<ScenarioVersionResponse> revert(@PathVariable UUID scenarioId, @PathVariable long version,
                                                   ChangeHeaders headers, @RequestBody RevertRequest request) {
        return reverts.revert(new ScenarioId(scenarioId), version, headers, request.reason());
    }
}
