package io.jevons.projection.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.planning.api.json.JevonsJson;

/** Values stored as JSON in the read models: the events' conventions, so a state reads back as it was written. */
final class ReadModelJson {

    private static final ObjectMapper JSON = JevonsJson.messageMapper();

    private ReadModelJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from the read model", e);
        }
    }
}
