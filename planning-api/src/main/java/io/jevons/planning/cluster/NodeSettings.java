package io.jevons.planning.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This process among the nodes of a cluster ({@code jevons.node-id}).
 *
 * @param nodeId the name this node claims processor segments under; empty: the JVM's name (pid@host)
 */
@ConfigurationProperties("jevons")
public record NodeSettings(@DefaultValue("") String nodeId) {
}
