package io.jevons.planning.api.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a scenario; serialized as its plain UUID text, which Axon also uses as aggregate identifier. */
public record ScenarioId(UUID value) {

    public ScenarioId {
        Objects.requireNonNull(value, "scenario id");
    }

    public static ScenarioId random() {
        return new ScenarioId(UUID.randomUUID());
    }

    @JsonCreator
    public static ScenarioId of(String text) {
        return new ScenarioId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
