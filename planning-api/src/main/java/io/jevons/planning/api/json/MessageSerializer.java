package io.jevons.planning.api.json;

import io.jevons.planning.api.event.ScenarioEventTypes;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's JSON serializer with Jevons' mapper, reading a scenario event stored under an earlier package of the
 * published language as the event it is now (see {@link ScenarioEventTypes#named}), so moving an event between
 * packages needs no migration of stored rows or exported files.
 */
public final class MessageSerializer extends JacksonSerializer {

    private MessageSerializer(Builder builder) {
        super(builder);
    }

    public static Serializer create() {
        return new MessageSerializer(JacksonSerializer.builder().objectMapper(JevonsJson.messageMapper()));
    }

    @Override
    protected String resolveClassName(SerializedType type) {
        return ScenarioEventTypes.named(type.getName()).map(Class::getName).orElseGet(() -> super.resolveClassName(type));
    }
}
