package io.jevons.planning.api.history;

import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.state.ScenarioState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event of a scenario's stream as stored: its version (1 for the first event), payload, time and
 * audit metadata.
 */
public record RecordedEvent(long version, ScenarioEvent event, Instant time, Map<String, ?> metadata) {

    /** The state these events leave the scenario in: its stream from the start, or up to a version. */
    public static ScenarioState replay(List<RecordedEvent> events) {
        return ScenarioState.replay(events.stream().map(RecordedEvent::event).toList());
    }

    public String user() {
        return text(AuditMetadata.USER);
    }

    public String correlationId() {
        return text(AuditMetadata.CORRELATION_ID);
    }

    public String type() {
        return event.getClass().getSimpleName();
    }

    public String summary() {
        return EventSummaries.of(event);
    }

    /** The metadata entry {@code key} as text, or null (see {@code AuditMetadata} for the keys). */
    public String text(String key) {
        Object value = metadata.get(key);
        return value == null ? null : value.toString();
    }
}
