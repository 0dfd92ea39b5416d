package io.jevons.planning.eventstore;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the event store reads and keeps events ({@code jevons.event-store}); where a setting replaces Axon's default,
 * its description says why.
 *
 * @param fetchDelay     how often processors fetch other nodes' appends; this node's own are heard at once. Axon's
 *                       default, a second, would be most of the one-second budget for live updates across nodes
 * @param readGathering  the least time between two reads at the head of the stream, gathering the appends of that
 *                       time into one query; 0 reads after every append, Axon's way
 * @param fetchBatchSize events per read; Axon's 100 caps a replay at a few thousand events a second
 * @param gapTimeout     how long a hole in the global index (an uncommitted append) is waited for; after it, an event
 *                       committing late would never be projected. Axon's default is a minute
 * @param cachedEvents   recent events kept in memory for processors that keep up; Axon's 10,000 outlived young
 *                       collections at full load and were copied by each
 */
@ConfigurationProperties("jevons.event-store")
@Validated
public record EventStoreSettings(@DefaultValue("PT0.1S") @NotNull Duration fetchDelay,
                                 @DefaultValue("PT0.005S") @NotNull Duration readGathering,
                                 @DefaultValue("1000") @Min(1) int fetchBatchSize,
                                 @DefaultValue("PT10M") @NotNull Duration gapTimeout,
                                 @DefaultValue("1000") @Min(1) int cachedEvents) {
}
