package io.jevons.planning.notes;

import io.jevons.planning.api.notes.AddComment;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.requests.ScenarioVersionResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Comments and decision records, stored as events of the scenario and shown in its history. */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}/comments")
@Tag(name = "Comments")
class CommentController {

    record CommentRequest(String text, Long aboutVersion) {
    }

    private final AuditedCommands commands;

    CommentController(AuditedCommands commands) {
        this.commands = commands;
    }

    @PostMapping
    @Operation(summary = "Comment on the scenario, or on the change that made aboutVersion; also on locked and "
            + "archived scenarios")
    ResponseEntity<ScenarioVersionResponse> comment(@PathVariable UUID scenarioId, @RequestBody CommentRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        long version = commands.send(new AddComment(id, request.text(), request.aboutVersion()));
        return ScenarioVersionResponse.created("/api/scenarios/" + id + "/history", id, version);
    }
}
