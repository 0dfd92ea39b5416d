package io.jevons.projection.runtime;

import java.time.Instant;

/**
 * The row of {@code readmodel_control.generation}.
 *
 * @param rebuilding        the generation a replay is building, if any
 * @param rebuildFromEvents events in the store when the replay started (its progress total)
 */
public record GenerationState(Generation active, Generation rebuilding, Instant rebuildStartedAt,
                              Long rebuildFromEvents, Instant switchedAt) {
}
