package io.jevons.projection.runtime;

import io.jevons.planning.cluster.NodeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The nodes sharing the database, as they announce themselves. Times are the database's, so clocks of the nodes
 * never need to agree.
 */
@Component
public class ProcessingNodes {

    private final JdbcClient jdbc;

    ProcessingNodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void heartbeat(NodeId node) {
        jdbc.sql("""
                        insert into readmodel_control.processing_node (node_id) values (?)
                        on conflict (node_id) do update set last_seen = now()""")
                .param(node.value())
                .update();
        // nodes that vanished (killed pods come back under new names) are forgotten after a day
        jdbc.sql("delete from readmodel_control.processing_node where last_seen < now() - interval '1 day'").update();
    }

    void leave(NodeId node) {
        jdbc.sql("delete from readmodel_control.processing_node where node_id = ?").param(node.value()).update();
    }

    /** Nodes heard from within {@code window}, oldest first. */
    public List<Node> live(Duration window) {
        return jdbc.sql("""
                        select node_id, started_at, last_seen from readmodel_control.processing_node
                        where last_seen > now() - make_interval(secs => ?) order by started_at, node_id""")
                .param(window.toMillis() / 1000.0)
                .query((row, number) -> new Node(new NodeId(row.getString("node_id")),
                        row.getTimestamp("started_at").toInstant(), row.getTimestamp("last_seen").toInstant()))
                .list();
    }

    /** How many segments the processor has in the token store (its tokens exist once any node started it). */
    int segments(String processorName) {
        return jdbc.sql("select count(*) from eventstore.token_entry where processor_name = ?")
                .param(processorName)
                .query(Integer.class)
                .single();
    }

    public record Node(NodeId id, Instant startedAt, Instant lastSeen) {
    }
}
