package io.jevons.projection.runtime;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * How far a generation's processor has read the event store, from its tokens in the token store, so that
 * every node sees the same answer whichever node processes which segment.
 */
@Component
public class ReplayProgress {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Generations generations;

    ReplayProgress(JdbcClient jdbc, Serializer serializer, Generations generations) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.generations = generations;
    }

    /** The position of the last event in the store (0 when it is empty). */
    public long head() {
        return jdbc.sql("select coalesce(max(global_index), 0) from eventstore.domain_event_entry")
                .query(Long.class).single();
    }

    /** Events in the store that the serving generation does not have yet, whichever nodes process them. */
    long lag() {
        return head() - position(generations.state().active()).orElse(0);
    }

    /** True when every segment of the generation's processor has read up to the current head. */
    boolean caughtUp(Generation generation) {
        OptionalLong position = position(generation);
        return position.isPresent() && position.getAsLong() >= head();
    }

    /** The lowest position of the generation's segments: every event up to it is in its read models. */
    OptionalLong position(Generation generation) {
        List<TrackingToken> tokens = jdbc.sql("""
                        select token, token_type from eventstore.token_entry where processor_name = ?""")
                .param(generation.processorName())
                .query((row, number) -> row.getBytes("token") == null ? null
                        : serializer.<byte[], TrackingToken>deserialize(new SimpleSerializedObject<>(row.getBytes("token"),
                        byte[].class, new SimpleSerializedType(row.getString("token_type"), null))))
                .list();
        if (tokens.isEmpty() || tokens.contains(null)) {
            return tokens.isEmpty() || head() > 0 ? OptionalLong.empty() : OptionalLong.of(0);
        }
        long lowest = Long.MAX_VALUE;
        for (TrackingToken token : tokens) {
            lowest = Math.min(lowest, token.position().orElse(0));
        }
        return OptionalLong.of(lowest);
    }

    /** The replay's progress, or the last switch when none is running. */
    public ReplayStatus status() {
        GenerationState state = generations.state();
        if (state.rebuilding() == null) {
            return new ReplayStatus(state.active().number(), null, false, 0, 0, 0, null, state.switchedAt());
        }
        long total = state.rebuildFromEvents() == null ? head() : state.rebuildFromEvents();
        long done = Math.min(position(state.rebuilding()).orElse(0), Math.max(total, head()));
        double seconds = Math.max(0.001, Duration.between(state.rebuildStartedAt(), Instant.now()).toMillis() / 1000.0);
        return new ReplayStatus(state.active().number(), state.rebuilding().number(), true, done, total,
                Math.round(done / seconds), state.rebuildStartedAt(), state.switchedAt());
    }
}
