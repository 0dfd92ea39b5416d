package io.jevons.planning.cluster;

/**
 * This process among the nodes sharing one database: the owner of its token claims, and its name in the
 * cluster's heartbeat table. {@code jevons.node-id}, by default the JVM's {@code pid@host}.
 */
public record NodeId(String value) {

    public NodeId {
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("a node id has 1 to 100 characters, was " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
