package io.jevons.planning.scenario.copies;

import io.jevons.planning.api.event.ScenarioEvent;

import java.time.Instant;
import java.util.Map;

/** An event brought in from elsewhere with who made it and when (kept, unlike a command's). */
public record ImportedEvent(ScenarioEvent event, String user, Instant time, Map<String, String> metadata) {

    public ImportedEvent {
        metadata = Map.copyOf(metadata);
    }
}
