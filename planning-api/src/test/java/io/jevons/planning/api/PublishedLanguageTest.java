package io.jevons.planning.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.jevons.capacity.change.AssumptionChange;
import io.jevons.planning.api.event.AssumptionEvent;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.DemandBaselineSet;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.event.ScenarioEvent;
import io.jevons.planning.api.event.ScenarioEventTypes;
import io.jevons.planning.api.event.VersionTagged;
import io.jevons.planning.api.json.MessageSerializer;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: each event type's stored JSON is pinned by a fixture in {@code events/v1}. A change of
 * shape fails here and must ship with a new revision, an upcaster and a fixture of its own.
 */
class PublishedLanguageTest {

    private static final Serializer SERIALIZER = MessageSerializer.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ScenarioEvent> everyEvent() {
        return EventExamples.everyEvent();
    }

    static List<AssumptionChange> everyKindOfChange() {
        return EventExamples.everyKindOfChange();
    }

    @ParameterizedTest
    @MethodSource("everyEvent")
    void everyEventIsStoredAsItsPinnedJsonAndReadBackEqual(ScenarioEvent event) throws IOException {
        String name = event.getClass().getSimpleName();
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        JsonNode fixture = JSON.readTree(fixture(name));

        assertThat(JSON.readTree(stored.getData())).as(name + " as stored").isEqualTo(fixture);
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(fixture(name), byte[].class,
                new SimpleSerializedType(event.getClass().getName(), "1")));
        assertThat(read).isEqualTo(event);
    }

    @Test
    void anEventStoredUnderItsEarlierPackageIsReadAsTheEventItIsNow() throws IOException {
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(fixture("DemandBaselineSet"), byte[].class,
                new SimpleSerializedType("io.jevons.planning.api.demand.DemandBaselineSet", "1")));

        assertThat(read).isInstanceOf(DemandBaselineSet.class);
        assertThat(ScenarioEventTypes.named("io.jevons.planning.api.versions.VersionTagged"))
                .contains(VersionTagged.class);
        assertThat(ScenarioEventTypes.named("org.example.DemandBaselineSet")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void everyChangeMapsToAnEventAndBackUnchanged(AssumptionChange change) {
        AssumptionEvent event = AssumptionEvents.of(EventExamples.ID, change, "why");
        assertThat(event.toChange()).isEqualTo(change);
        assertThat(event.reason()).isEqualTo("why");
    }

    @Test
    void everyEventCarriesARevision() {
        assertThat(everyEvent()).allSatisfy(event ->
                assertThat(event.getClass().getAnnotation(Revision.class)).as(event.getClass().getSimpleName()).isNotNull());
        assertThat(everyKindOfChange()).hasSize(AssumptionChange.class.getPermittedSubclasses().length);
    }

    @Test
    void theImportableEventTypesAreExactlyTheEventsOfTheStream() {
        Set<Class<?>> implementations = new ClassFileImporter().importPackages("io.jevons.planning.api").stream()
                .filter(type -> type.isAssignableTo(ScenarioEvent.class) && !type.isInterface())
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());
        assertThat(ScenarioEventTypes.ALL).containsExactlyInAnyOrderElementsOf(
                everyEvent().stream().map(ScenarioEvent::getClass).toList());
        assertThat(Set.<Class<?>>copyOf(ScenarioEventTypes.ALL)).isEqualTo(implementations);
        assertThat(ScenarioEventTypes.named(ScenarioCreated.class.getName())).contains(ScenarioCreated.class);
        assertThat(ScenarioEventTypes.named("java.lang.ProcessBuilder")).isEmpty();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PublishedLanguageTest.class.getResourceAsStream("/events/v1/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("no fixture events/v1/" + name + ".json; it would be: "
                        + new String(SERIALIZER.serialize(everyEvent().stream()
                        .filter(e -> e.getClass().getSimpleName().equals(name)).findFirst().orElseThrow(), byte[].class)
                        .getData(), StandardCharsets.UTF_8));
            }
            return in.readAllBytes();
        }
    }
}
