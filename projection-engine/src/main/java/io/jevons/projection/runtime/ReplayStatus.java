package io.jevons.projection.runtime;

import java.time.Instant;

/**
 * A replay's progress: events read into the new generation out of those in the store when it started.
 *
 * @param activeGeneration     the generation serving reads
 * @param rebuildingGeneration the generation being built, null when no replay runs
 */
public record ReplayStatus(int activeGeneration, Integer rebuildingGeneration, boolean running, long eventsDone,
                           long eventsTotal, long eventsPerSecond, Instant startedAt, Instant lastSwitchAt) {
}
