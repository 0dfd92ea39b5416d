package io.jevons.planning.api.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import io.jevons.planning.api.event.AssumptionsChanged;

/** The JSON conventions of Jevons' value types, for both Jackson lines in use. */
public final class JevonsJson {

    private JevonsJson() {
    }

    /** The HTTP API's Jackson 3 mapper: the same value shapes as {@link #messageMapper()}. */
    public static tools.jackson.databind.json.JsonMapper.Builder configureWeb(
            tools.jackson.databind.json.JsonMapper.Builder builder) {
        tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("jevons-values");
        ValueMixins.ALL.forEach(module::setMixInAnnotation);
        return builder.addModule(module)
                .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE));
    }

    /**
     * Jackson 2 mapper for events, metadata and tokens (Axon 4's serializer is built on Jackson 2).
     * Strict about unknown properties: a change of event shape must come with an upcaster.
     */
    public static ObjectMapper messageMapper() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // values are records: their components are the data, not helpers such as Schedule.isEmpty()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ValueMixins.ALL.forEach(builder::addMixIn);
        builder.registerSubtypes(AssumptionsChanged.ITEM_TYPES.toArray(Class<?>[]::new));
        return builder.build();
    }
}
