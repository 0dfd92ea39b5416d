package io.jevons.projection.runtime;

import io.jevons.planning.cluster.TokenClaims;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shares the segments of every processor fairly between the live nodes. Axon's pooled processors claim every
 * free segment they see, so the first node to start would keep them all; each node therefore announces itself,
 * counts the live nodes and hands back (for a while) the segments it holds beyond its fair share, which a node
 * with fewer then claims. A node that dies stops announcing itself before its claims time out, so the survivors'
 * fair share has grown by the time they take its segments over.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final ProcessingNodes nodes;
    private final ReadModelProcessors processors;
    private final TokenClaims claims;
    private final TaskScheduler scheduler;
    private volatile ScheduledFuture<?> schedule;
    private boolean failing;

    SegmentBalancer(ProcessingNodes nodes, ReadModelProcessors processors, TokenClaims claims, TaskScheduler scheduler) {
        this.nodes = nodes;
        this.processors = processors;
        this.claims = claims;
        this.scheduler = scheduler;
    }

    /** Announces this node at once, then every fifth of the claim timeout, rebalancing each time. */
    @Override
    public void start() {
        nodes.heartbeat(claims.owner());
        schedule = scheduler.scheduleWithFixedDelay(this::balanceWhileTheDatabaseAnswers, claims.timeout().dividedBy(5));
    }

    /** Leaves before the processors stop, so the other nodes' share grows at once instead of after a timeout. */
    @Override
    public void stop() {
        schedule.cancel(false);
        schedule = null;
        try {
            nodes.leave(claims.owner());
        } catch (RuntimeException databaseGone) {
            log.debug("Could not sign off node {}: {}", claims.owner(), databaseGone.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 500;
    }

    /** A database outage skips rounds (the processors retry on their own) and is reported once per outage. */
    private void balanceWhileTheDatabaseAnswers() {
        try {
            balance();
            failing = false;
        } catch (DataAccessException unreachable) {
            if (!failing) {
                log.warn("Cannot balance segments while the database fails: {}", unreachable.getMessage());
            }
            failing = true;
        }
    }

    void balance() {
        nodes.heartbeat(claims.owner());
        int liveNodes = Math.max(1, nodes.live(liveWindow()).size());
        for (PooledStreamingEventProcessor processor : processors.running()) {
            List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
            int fairShare = (int) Math.ceil(nodes.segments(processor.getName()) / (double) liveNodes);
            for (int i = fairShare; i < held.size(); i++) {
                processor.releaseSegment(held.get(i), claims.timeout().toMillis(), TimeUnit.MILLISECONDS);
                log.info("Released segment {} of {}: {} live nodes, fair share {} of this node's {}", held.get(i),
                        processor.getName(), liveNodes, fairShare, held.size());
            }
        }
    }

    /** Half the claim timeout: a dead node drops out of the count before its segments are free to take. */
    private Duration liveWindow() {
        return claims.timeout().dividedBy(2);
    }
}
