package io.jevons.planning.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.jevons.capacity.time.Quarter;

/**
 * Writes a {@link Quarter} as "2025Q1" in events and in the HTTP API without putting JSON
 * annotations into the framework-free capacity model. Jackson 2 (Axon) and Jackson 3 (Spring web)
 * share these annotations.
 */
abstract class QuarterJsonMixin {

    @JsonCreator
    static Quarter parse(String text) {
        return Quarter.parse(text);
    }

    @JsonValue
    @Override
    public abstract String toString();
}
