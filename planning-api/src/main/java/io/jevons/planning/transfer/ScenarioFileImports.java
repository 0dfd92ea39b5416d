package io.jevons.planning.transfer;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.scenario.ScenarioEvent;
import io.jevons.planning.api.scenario.ScenarioEventTypes;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditMetadata;
import io.jevons.planning.scenario.ImportedEvent;
import io.jevons.planning.scenario.ScenarioImports;
import io.jevons.planning.web.CorrelationIds;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a {@link ScenarioHistoryFile} as a new scenario: the same events under a new id, recorded now by the
 * importing user, each keeping who made it and when in its metadata ({@code originalUser}, {@code originalTime})
 * and the scenario it came from ({@code importedFrom}). Only the event types of a scenario stream at the revisions
 * this installation knows are accepted, and the stream is checked like commands before anything is stored.
 */
@Component
class ScenarioFileImports {

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final ScenarioImports imports;
    private final Serializer eventSerializer;
    private final Clock clock;

    ScenarioFileImports(ScenarioImports imports, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.imports = imports;
        this.eventSerializer = eventSerializer;
        this.clock = Clock.systemUTC();
    }

    /** Answers the new scenario's version. {@code name}, when given, replaces the exported scenario's name. */
    long importFile(ScenarioHistoryFile file, ScenarioId id, String name, String importedBy) {
        requireFormat(file);
        Instant now = clock.instant();
        List<ImportedEvent> events = new ArrayList<>(file.events().size());
        for (int i = 0; i < file.events().size(); i++) {
            ScenarioHistoryFile.Event exported = file.events().get(i);
            String field = "events[" + i + "]";
            if (exported == null || exported.payload() == null || exported.type() == null) {
                throw InvalidAssumptionsException.of(field, "an event needs a type and a payload");
            }
            ScenarioEvent event = event(exported, id, i == 0 ? name : null, field);
            events.add(new ImportedEvent(event, importedBy, now, metadata(exported, file.scenario())));
        }
        return imports.importStream(id, events);
    }

    private static void requireFormat(ScenarioHistoryFile file) {
        if (!ScenarioHistoryFile.FORMAT.equals(file.format())) {
            throw InvalidAssumptionsException.of("format", "a Jevons history file has format \""
                    + ScenarioHistoryFile.FORMAT + "\", not \"" + file.format() + "\"");
        }
        if (file.formatVersion() != ScenarioHistoryFile.FORMAT_VERSION) {
            throw InvalidAssumptionsException.of("formatVersion", "this installation reads format version "
                    + ScenarioHistoryFile.FORMAT_VERSION + ", not " + file.formatVersion());
        }
        if (file.scenario() == null || file.scenario().id() == null) {
            throw InvalidAssumptionsException.of("scenario.id", "the exported scenario's id is missing");
        }
        if (file.events() == null || file.events().isEmpty()) {
            throw InvalidAssumptionsException.of("events", "a history has at least the event that created the scenario");
        }
    }

    private ScenarioEvent event(ScenarioHistoryFile.Event exported, ScenarioId id, String name, String field) {
        Class<? extends ScenarioEvent> type = ScenarioEventTypes.named(exported.type())
                .orElseThrow(() -> InvalidAssumptionsException.of(field + ".type",
                        "\"" + exported.type() + "\" is not an event of a scenario's history"));
        String revision = REVISIONS.revisionOf(type);
        if (!Objects.equals(revision, exported.revision())) {
            throw InvalidAssumptionsException.of(field + ".revision", type.getSimpleName() + " is at revision "
                    + revision + " here; revision " + exported.revision() + " cannot be read");
        }
        ObjectNode payload = exported.payload().deepCopy();
        payload.put("scenarioId", id.toString());
        if (name != null && payload.has("name")) {
            payload.put("name", name);
        }
        try {
            return eventSerializer.deserialize(new SimpleSerializedObject<>(payload.toString(), String.class,
                    new SimpleSerializedType(type.getName(), revision)));
        } catch (SerializationException unreadable) {
            throw InvalidAssumptionsException.of(field + ".payload", "not a valid " + type.getSimpleName() + ": "
                    + rootMessage(unreadable));
        }
    }

    private static Map<String, String> metadata(ScenarioHistoryFile.Event exported, ScenarioHistoryFile.Source source) {
        Map<String, String> original = exported.metadata() == null ? Map.of() : exported.metadata();
        Map<String, String> metadata = new HashMap<>();
        String originalUser = original.getOrDefault(AuditMetadata.ORIGINAL_USER, original.get(AuditMetadata.USER));
        if (originalUser != null) {
            metadata.put(AuditMetadata.ORIGINAL_USER, originalUser);
        }
        String originalTime = original.get(AuditMetadata.ORIGINAL_TIME);
        if (originalTime == null && exported.time() != null) {
            originalTime = exported.time().toString();
        }
        if (originalTime != null) {
            metadata.put(AuditMetadata.ORIGINAL_TIME, originalTime);
        }
        if (original.get(AuditMetadata.SOURCE) != null) {
            metadata.put(AuditMetadata.SOURCE, original.get(AuditMetadata.SOURCE));
        }
        metadata.put(AuditMetadata.IMPORTED_FROM, source.id().toString());
        metadata.put(AuditMetadata.CORRELATION_ID, CorrelationIds.current());
        return metadata;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
