package io.jevons.planning.transfer;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import io.jevons.planning.api.event.CommentAdded;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioEventTypes;
import io.jevons.planning.api.event.ScenarioLocked;
import io.jevons.planning.api.event.ScenarioUnlocked;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.scenario.ImportedMetadata;
import io.jevons.planning.scenario.ScenarioRules;
import io.jevons.planning.scenario.copies.ImportedEvent;
import io.jevons.planning.scenario.copies.ScenarioImports;
import io.jevons.planning.web.CorrelationIds;
import io.jevons.planning.web.RequestLimits;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * Imports a {@link ScenarioHistoryFile} as a new scenario: the same events under a new id, recorded now by the
 * importing user, each keeping who the file says made it and when ({@code originalUser}, {@code originalTime}:
 * claims, shown as unverified) and the scenario it came from ({@code importedFrom}). Only the event types of a
 * scenario stream at the revisions this installation knows are accepted, each event is checked by the rules of its
 * command, and the file is read as it streams in (see {@link ScenarioHistoryReader}).
 * <p>
 * A sign-off is this installation's own: a lock or unlock in the file is kept as history only, a comment saying who
 * locked or unlocked the plan where it came from, so an imported scenario starts open and its versions stay those of
 * the file.
 */
@Component
class ScenarioFileImports {

    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final ScenarioImports imports;
    private final Serializer eventSerializer;
    private final JsonMapper json;
    private final RequestLimits limits;
    private final Clock clock;

    ScenarioFileImports(ScenarioImports imports, @Qualifier("eventSerializer") Serializer eventSerializer,
                        JsonMapper json, RequestLimits limits) {
        this.imports = imports;
        this.eventSerializer = eventSerializer;
        this.json = json;
        this.limits = limits;
        this.clock = Clock.systemUTC();
    }

    /** Answers the new scenario's version. {@code name}, when given, replaces the exported scenario's name. */
    long importFile(InputStream body, ScenarioId id, String name, String importedBy) {
        if (name != null) {
            ScenarioRules.checkName(name);
        }
        ScenarioHistoryReader file = new ScenarioHistoryReader(json, body, limits.importEvents());
        if (!file.hasNext()) {
            throw InvalidAssumptionsException.of("events", "a history has at least the event that created the scenario");
        }
        Instant now = clock.instant();
        String correlationId = CorrelationIds.current();
        return imports.importStream(id, new Iterator<>() {
            private int index;

            @Override
            public boolean hasNext() {
                return file.hasNext();
            }

            @Override
            public ImportedEvent next() {
                ScenarioHistoryFile.Event exported = file.next();
                String field = "events[" + index + "]";
                ScenarioEvent event = event(exported, id, index == 0 ? name : null, field);
                index++;
                return new ImportedEvent(event, importedBy, now, metadata(exported, file.scenario(), correlationId,
                        field));
            }
        });
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
        ScenarioEvent event;
        try {
            event = eventSerializer.deserialize(new SimpleSerializedObject<>(payload.toString(), String.class,
                    new SimpleSerializedType(type.getName(), revision)));
        } catch (SerializationException unreadable) {
            throw InvalidAssumptionsException.of(field + ".payload", "not a valid " + type.getSimpleName() + ": "
                    + rootMessage(unreadable));
        }
        return historyOnly(event, exported);
    }

    /** A lock or unlock becomes a comment: the sign-off of another installation is history here, not a state. */
    private static ScenarioEvent historyOnly(ScenarioEvent event, ScenarioHistoryFile.Event exported) {
        boolean locked = event instanceof ScenarioLocked;
        if (!locked && !(event instanceof ScenarioUnlocked)) {
            return event;
        }
        String who = exported.metadata() == null ? null : exported.metadata().getOrDefault(AuditMetadata.ORIGINAL_USER,
                exported.metadata().get(AuditMetadata.USER));
        String text = (locked ? "Signed off (locked)" : "Reopened (unlocked)") + " in the installation this history "
                + "was exported from" + (who == null ? "" : ", by " + who + " (unverified)")
                + (event.reason() == null ? "" : ": " + event.reason());
        return new CommentAdded(event.scenarioId(), text, null);
    }

    private static Map<String, String> metadata(ScenarioHistoryFile.Event exported, ScenarioHistoryFile.Source source,
                                                String correlationId, String field) {
        Map<String, String> metadata;
        try {
            metadata = new HashMap<>(ImportedMetadata.of(exported.metadata(), exported.time(), source.id()));
        } catch (InvalidAssumptionsException invalid) {
            throw invalid.within(field);
        }
        metadata.put(AuditMetadata.CORRELATION_ID, correlationId);
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
