package io.jevons.planning.transfer;

import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.planning.http.ResourceNotFound;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a scenario's history, read from the event store, as a {@link ScenarioHistoryFile}. */
@Component
class ScenarioExports {

    private final ScenarioHistory history;
    private final Serializer eventSerializer;
    private final JsonMapper json;
    private final Clock clock;

    ScenarioExports(ScenarioHistory history, @Qualifier("eventSerializer") Serializer eventSerializer, JsonMapper json) {
        this.history = history;
        this.eventSerializer = eventSerializer;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    ScenarioHistoryFile export(ScenarioId id, String exportedBy) {
        List<RecordedEvent> events = history.read(id);
        if (events.isEmpty()) {
            throw new ResourceNotFound("scenario " + id);
        }
        ScenarioState state = RecordedEvent.replay(events);
        return new ScenarioHistoryFile(ScenarioHistoryFile.FORMAT, ScenarioHistoryFile.FORMAT_VERSION, clock.instant(),
                exportedBy, new ScenarioHistoryFile.Source(id, state.name(), state.version()),
                events.stream().map(this::exported).toList());
    }

    private ScenarioHistoryFile.Event exported(RecordedEvent event) {
        SerializedObject<String> stored = eventSerializer.serialize(event.event(), String.class);
        Map<String, String> metadata = new LinkedHashMap<>();
        event.metadata().forEach((key, value) -> metadata.put(key, String.valueOf(value)));
        return new ScenarioHistoryFile.Event(event.version(), stored.getType().getName(), stored.getType().getRevision(),
                event.time(), metadata, (ObjectNode) json.readTree(stored.getData()));
    }
}
