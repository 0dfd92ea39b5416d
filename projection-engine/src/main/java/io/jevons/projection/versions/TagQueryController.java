package io.jevons.projection.versions;

import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.projection.ScenarioTimeline;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scenario's named versions, with who named them when and why, and whether it is locked. Compare two with
 * {@code GET /api/scenarios/{id}/diff?from=tag:<one>&to=tag:<other>}; every {@code asOf} takes {@code tag:<name>}.
 */
@RestController
@Tag(name = "Versions")
class TagQueryController {

    record NamedVersion(String name, long version, String taggedBy, Instant taggedAt, String reason) {
    }

    record TagsResponse(ScenarioId scenarioId, long version, boolean locked, List<NamedVersion> tags) {
    }

    private final ScenarioTimeline timeline;
    private final ScenarioHistory history;

    TagQueryController(ScenarioTimeline timeline, ScenarioHistory history) {
        this.timeline = timeline;
        this.history = history;
    }

    @GetMapping("/api/scenarios/{scenarioId}/tags")
    @Operation(summary = "The scenario's named versions in the order they were named, and whether it is locked")
    TagsResponse tags(@PathVariable UUID scenarioId) {
        ScenarioId id = new ScenarioId(scenarioId);
        ScenarioState state = timeline.now(id);
        List<NamedVersion> tags = state.tags().stream().map(tag -> {
            RecordedEvent tagging = history.readVersion(id, tag.taggedInVersion()).orElseThrow();
            return new NamedVersion(tag.name(), tag.version(), tagging.user(), tagging.time(),
                    ((VersionTagged) tagging.event()).reason());
        }).toList();
        return new TagsResponse(id, state.version(), state.locked(), tags);
    }
}
