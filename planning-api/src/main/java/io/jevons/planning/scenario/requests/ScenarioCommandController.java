package io.jevons.planning.scenario.requests;

import io.jevons.capacity.time.Horizon;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.RenameScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.http.ProblemTypes;
import io.jevons.planning.http.Problems;
import io.jevons.planning.scenario.copies.ScenarioForks;
import io.jevons.planning.web.ChangeHeaders;
import io.jevons.planning.web.Fields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Command side of the scenario resource: create, rename, archive, fork. Reads are the projection engine's. */
@RestController
@RequestMapping("/api/scenarios")
@Tag(name = "Scenarios")
class ScenarioCommandController {

    private final AuditedCommands commands;
    private final ScenarioUpdates updates;
    private final ScenarioForks forks;
    private final ScenarioHistory history;

    ScenarioCommandController(AuditedCommands commands, ScenarioUpdates updates, ScenarioForks forks,
                              ScenarioHistory history) {
        this.commands = commands;
        this.updates = updates;
        this.forks = forks;
        this.history = history;
    }

    @PostMapping
    @Operation(summary = "Create a scenario, empty or from the default scenario; a retried create with the same "
            + "scenarioId answers the scenario it made")
    ResponseEntity<ScenarioVersionResponse> create(@RequestBody CreateScenarioRequest request) {
        Horizon horizon = new Horizon(Fields.required(request.firstQuarter(), "firstQuarter"),
                Fields.required(request.lastQuarter(), "lastQuarter"));
        ScenarioId id = request.scenarioId() == null ? ScenarioId.random() : new ScenarioId(request.scenarioId());
        CreateScenario command = new CreateScenario(id, request.name(), horizon,
                Boolean.TRUE.equals(request.fromDefault()), request.reason());
        if (history.currentVersion(id) > 0) {
            return sameScenarioAgain(command);
        }
        try {
            commands.send(command);
        } catch (ConcurrencyException createdMeanwhile) {
            return sameScenarioAgain(command);
        }
        long version = history.currentVersion(id);
        return ScenarioVersionResponse.created("/api/scenarios/" + id, id, version);
    }

    @PatchMapping("/{scenarioId}")
    @Operation(summary = "Rename a scenario")
    ResponseEntity<ScenarioVersionResponse> rename(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                   @RequestBody RenameScenarioRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        return updates.send(id, headers,
                version -> new RenameScenario(id, version, request.name(), request.reason()));
    }

    @PostMapping("/{scenarioId}/archive")
    @Operation(summary = "Archive a scenario: kept for the record, it takes no further changes")
    ResponseEntity<ScenarioVersionResponse> archive(@PathVariable UUID scenarioId, ChangeHeaders headers,
                                                    @RequestBody(required = false) ReasonRequest request) {
        ScenarioId id = new ScenarioId(scenarioId);
        String reason = request == null ? null : request.reason();
        return updates.send(id, headers, version -> new ArchiveScenario(id, version, reason));
    }

    @PostMapping("/{scenarioId}/forks")
    @Operation(summary = "Fork a scenario as it stood at a version or a time (default: now)")
    ResponseEntity<ScenarioVersionResponse> fork(@PathVariable UUID scenarioId,
                                                 @RequestBody ForkScenarioRequest request) {
        ScenarioId fork = request.scenarioId() == null ? ScenarioId.random() : new ScenarioId(request.scenarioId());
        long version = forks.fork(new ScenarioId(scenarioId), fork, request.name(), request.asOfVersion(),
                request.asOfTime(), request.reason());
        return ScenarioVersionResponse.created("/api/scenarios/" + fork, fork, version);
    }

    /** A create retried with the same id: the same scenario is the answer, a different one a conflict. */
    private ResponseEntity<ScenarioVersionResponse> sameScenarioAgain(CreateScenario command) {
        List<RecordedEvent> events = history.readUpTo(command.scenarioId(), 1);
        boolean same = !events.isEmpty() && events.get(0).event() instanceof ScenarioCreated created
                && Objects.equals(created.name(), command.name() == null ? null : command.name().strip())
                && created.firstQuarter().equals(command.horizon().first())
                && created.lastQuarter().equals(command.horizon().last());
        if (!same) {
            throw Problems.exception(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Scenario id taken", "scenarioId",
                    "scenario " + command.scenarioId() + " already exists with another name or horizon");
        }
        long version = history.currentVersion(command.scenarioId());
        return ScenarioVersionResponse.ok(command.scenarioId(), version);
    }
}
