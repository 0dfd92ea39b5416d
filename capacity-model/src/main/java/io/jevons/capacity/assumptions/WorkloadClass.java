package io.jevons.capacity.assumptions;

import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.time.Schedule;

import java.util.Objects;

/** A kind of work (chat, reasoning, agent) and its token profile over time. */
public record WorkloadClass(WorkloadClassId id, String name, Schedule<TokenProfile> tokens) {

    public WorkloadClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tokens, "tokens");
    }

    public static WorkloadClass of(WorkloadClassId id, String name, Quarter from, TokenProfile profile) {
        return new WorkloadClass(id, name, Schedule.of(from, profile));
    }

    public WorkloadClass withTokensFrom(Quarter from, TokenProfile profile) {
        return new WorkloadClass(id, name, tokens.with(from, profile));
    }
}
