package io.jevons.planning.transfer;

import io.jevons.planning.api.scenario.ScenarioId;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scenario's whole event history as one JSON file, exported by one installation and imported by another.
 * Payloads are the events as the event store keeps them (type and revision included), so a file is as
 * durable as the events themselves.
 */
public record ScenarioHistoryFile(String format, int formatVersion, Instant exportedAt, String exportedBy,
                                  Source scenario, List<Event> events) {

    public static final String FORMAT = "jevons.scenario-history";
    public static final int FORMAT_VERSION = 1;

    /** The scenario as it was when exported. */
    public record Source(ScenarioId id, String name, long version) {
    }

    /** One event: its version in the stream (from 1), type, revision, when, metadata (user, reason's source…). */
    public record Event(long version, String type, String revision, Instant time, Map<String, String> metadata,
                        @Schema(type = "object", description = "the event's fields, as the event store keeps them")
                        ObjectNode payload) {
    }
}
