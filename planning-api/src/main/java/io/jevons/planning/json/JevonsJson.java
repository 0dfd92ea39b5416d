package io.jevons.planning.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/** The JSON conventions of Jevons' value types, for both Jackson lines in use. */
public final class JevonsJson {

    private JevonsJson() {
    }

    /** Jackson 3 module for the HTTP API (Spring Boot 4 registers every such bean). */
    public static tools.jackson.databind.JacksonModule webModule() {
        tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("jevons-values");
        ValueMixins.ALL.forEach(module::setMixInAnnotation);
        return module;
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
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ValueMixins.ALL.forEach(builder::addMixIn);
        return builder.build();
    }
}
