package io.jevons.planning.versions;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.versions.LockScenario;
import io.jevons.planning.api.versions.TagVersion;
import io.jevons.planning.api.versions.UnlockScenario;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.scenario.copies.ScenarioForks;
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

/**
 * Named versions and sign-off: tag a version, lock the scenario against changes (admins unlock), restore a tagged
 * version as a new scenario. None of these change the assumptions, so none needs If-Match. Tags are read (and
 * compared, as {@code asOf=tag:<name>}) through the projection engine.
 */
@RestController
@RequestMapping("/api/scenarios/{scenarioId}")
@Tag(name = "Versions")
class VersionController {

    record TagRequest(String tag, Long version, String reason) {
    }

    record LockRequest(String reason) {
    }

    record RestoreRequest(UUID scenarioId, String name, String reason) {
    }

    private final AuditedCommands commands;
    private final ScenarioForks forks;

    VersionController(AuditedCommands commands, ScenarioForks forks) {
        this.commands = commands;
        this.forks = forks;
    }

    @PostMapping("/tags")
    @Operation(summary = "Name a version (default: the current one), e.g. \"Board plan 2026-Q1\"; a name is given "
            + "once per scenario")
    ResponseEntity<ScenarioVersionResponse> tag(@PathVariable UUID scenarioId, @RequestBody TagRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.created("/api/scenarios/" + id + "/tags", id,
                commands.send(new TagVersion(id, request.tag(), request.version(), request.reason())));
    }

    @PostMapping("/lock")
    @Operation(summary = "Lock the scenario: changes of its assumptions are refused (409 locked) until an admin "
            + "unlocks it; comments, tags and actuals still go in")
    ResponseEntity<ScenarioVersionResponse> lock(@PathVariable UUID scenarioId,
                                                 @RequestBody(required = false) LockRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.ok(id, commands.send(new LockScenario(id, request == null ? null : request.reason())));
    }

    @PostMapping("/unlock")
    @Operation(summary = "Unlock a locked scenario (admins only)")
    ResponseEntity<ScenarioVersionResponse> unlock(@PathVariable UUID scenarioId,
                                                   @RequestBody(required = false) LockRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return ScenarioVersionResponse.ok(id, commands.send(new UnlockScenario(id, request == null ? null : request.reason())));
    }

    @PostMapping("/tags/{tag}/restore")
    @Operation(summary = "Restore a named version: a new scenario forked from the version the name stands for")
    ResponseEntity<ScenarioVersionResponse> restore(@PathVariable UUID scenarioId, @PathVariable String tag,
                                                    @RequestBody RestoreRequest request) {
        ScenarioId fork = request.scenarioId() == null ? ScenarioId.random() : new ScenarioId(request.scenarioId());
        long version = forks.forkFromTag(new ScenarioId(scenarioId), fork, request.name(), tag, request.reason());
        return ScenarioVersionResponse.created("/api/scenarios/" + fork, fork, version);
    }
}
