package io.jevons.planning.cluster;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the read models are kept ({@code jevons.read-models}).
 *
 * @param segments                 parallel segments of each processor, claimed by one node at a time
 * @param batchSize                events projected in one transaction while keeping up
 * @param replayBatchSize          events projected in one transaction while replaying
 * @param claimInterval            how often a node tries to claim segments no node holds
 * @param batchPause               the pause between batches while a processor has nothing to do
 * @param claimTimeout             how long a node that stops extending its claims keeps them before another takes over
 * @param projectionCacheMegabytes projection documents kept in memory per node, by their size
 * @param reconcileInterval        how often a node compares its processors with the generations in use, and ends a
 *                                 replay that has caught up
 * @param snapshotInterval         a scenario's state is kept at every version that is a multiple of this, so that a
 *                                 past version folds at most this many events
 */
@ConfigurationProperties("jevons.read-models")
@Validated
public record ReadModelSettings(@DefaultValue("4") @Min(1) int segments,
                                @DefaultValue("1000") @Min(1) int batchSize,
                                @DefaultValue("5000") @Min(1) int replayBatchSize,
                                @DefaultValue("PT1S") @NotNull Duration claimInterval,
                                @DefaultValue("PT0.05S") @NotNull Duration batchPause,
                                @DefaultValue("PT10S") @NotNull Duration claimTimeout,
                                @DefaultValue("64") @Min(1) long projectionCacheMegabytes,
                                @DefaultValue("PT1S") @NotNull Duration reconcileInterval,
                                @DefaultValue("500") @Min(1) int snapshotInterval) {
}
