package io.jevons.planning.cluster;

import java.time.Duration;

/**
 * How this node holds segments of the event processors: claims in the token store under {@code owner}, lost
 * when not extended within {@code timeout} ({@code jevons.read-models.claim-timeout}), so that another node
 * takes over the segments of a node that died.
 */
public record TokenClaims(NodeId owner, Duration timeout) {

    public TokenClaims {
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a claim timeout under a second would let live nodes lose their claims");
        }
    }
}
