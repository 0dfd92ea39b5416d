package io.jevons.projection.runtime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The events of the serving read models waiting in the dead-letter queue, and the scenarios they hold back. */
@Component
class DeadLetters {

    private final JdbcClient jdbc;
    private final Generations generations;

    DeadLetters(JdbcClient jdbc, Generations generations) {
        this.jdbc = jdbc;
        this.generations = generations;
    }

    /** The scenarios with events waiting, at most {@code limit} of them. */
    List<String> scenarios(int limit) {
        return jdbc.sql("""
                        select sequence_identifier from eventstore.dead_letter_entry where processing_group = ?
                        group by sequence_identifier order by min(enqueued_at) limit ?""")
                .params(generations.active().processorName(), limit).query(String.class).list();
    }

    long events() {
        return jdbc.sql("select count(*) from eventstore.dead_letter_entry where processing_group = ?")
                .param(generations.active().processorName()).query(Long.class).single();
    }
}
