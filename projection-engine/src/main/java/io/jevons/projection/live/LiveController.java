package io.jevons.projection.live;

import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.http.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

@RestController
@Tag(name = "Live")
class LiveController {

    private final ScenarioChangeSubscribers subscribers;
    private final ScenarioHistory history;

    LiveController(ScenarioChangeSubscribers subscribers, ScenarioHistory history) {
        this.subscribers = subscribers;
        this.history = history;
    }

    @GetMapping(path = "/api/scenarios/{scenarioId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-sent events: a 'change' event (version, user, summary) whenever the scenario's read "
            + "models have caught up with an accepted change, on whichever node it was made")
    SseEmitter events(@PathVariable UUID scenarioId) {
        ScenarioId id = new ScenarioId(scenarioId);
        if (history.currentVersion(id) == 0) {
            throw new ResourceNotFound("scenario " + id);
        }
        return subscribers.subscribe(id);
    }
}
