package io.jevons.projection.runtime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Which generation of the read models serves reads, and which one a replay is building. Queries read the serving
 * generation through the views of schema {@code readmodel} (V15); processors follow the control row, which every
 * node reads within a reconcile interval.
 */
@Component
public class Generations {

    private final JdbcClient jdbc;
    private volatile Generation active;

    Generations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The generation queries read from (refreshed by {@link #state()}). */
    public Generation active() {
        Generation known = active;
        return known != null ? known : state().active();
    }

    public GenerationState state() {
        GenerationState state = jdbc.sql("""
                        select active, rebuilding, rebuild_started_at, rebuild_from_events, switched_at
                        from readmodel_control.generation""")
                .query((row, number) -> new GenerationState(new Generation(row.getInt("active")),
                        row.getObject("rebuilding") == null ? null : new Generation(row.getInt("rebuilding")),
                        instant(row.getTimestamp("rebuild_started_at")),
                        (Long) row.getObject("rebuild_from_events"), instant(row.getTimestamp("switched_at"))))
                .single();
        active = state.active();
        return state;
    }

    /** Creates the next generation's empty tables and marks it as being rebuilt; refuses a second replay. */
    @Transactional
    public Generation startRebuild(long eventsInStore) {
        GenerationState state = lockedState();
        if (state.rebuilding() != null) {
            throw new ReplayAlreadyRunning(state.rebuilding());
        }
        int next = Math.max(state.active().number(), highestSchema()) + 1;
        jdbc.sql("select readmodel_control.create_generation(?)").param(next).query().listOfRows();
        jdbc.sql("""
                        update readmodel_control.generation
                        set rebuilding = ?, rebuild_started_at = now(), rebuild_from_events = ?""")
                .params(next, eventsInStore).update();
        return new Generation(next);
    }

    /**
     * Makes {@code rebuilt} the active generation, and the views of schema {@code readmodel}, which every query reads,
     * its tables: in one transaction, so every node reads the new generation from the moment of the switch. False if
     * another node switched first.
     */
    @Transactional
    public boolean switchTo(Generation rebuilt) {
        boolean switched = jdbc.sql("""
                        update readmodel_control.generation
                        set active = rebuilding, rebuilding = null, switched_at = now()
                        where rebuilding = ?""").param(rebuilt.number()).update() == 1;
        if (switched) {
            jdbc.sql("select readmodel_control.serve(?)").param(rebuilt.number()).query().listOfRows();
            active = rebuilt;
        }
        return switched;
    }

    /** Generations whose schemas still exist but that neither serve reads nor are being built. */
    public List<Generation> retired() {
        GenerationState state = state();
        return jdbc.sql("""
                        select cast(substring(schema_name from 12) as integer) from information_schema.schemata
                        where schema_name ~ '^readmodel_g[0-9]+$'""")
                .query(Integer.class).list().stream()
                .map(Generation::new)
                .filter(generation -> !generation.equals(state.active()) && !generation.equals(state.rebuilding()))
                .toList();
    }

    /** Drops a retired generation's tables, the tokens of its processor and its dead letters. */
    @Transactional
    public void drop(Generation retired) {
        GenerationState state = lockedState();
        if (retired.equals(state.active()) || retired.equals(state.rebuilding())) {
            throw new IllegalStateException("generation " + retired.number() + " is in use");
        }
        jdbc.sql("drop schema if exists " + retired.schema() + " cascade").update();
        jdbc.sql("delete from eventstore.token_entry where processor_name = ?").param(retired.processorName()).update();
        jdbc.sql("delete from eventstore.dead_letter_entry where processing_group = ?")
                .param(retired.processorName()).update();
    }

    private GenerationState lockedState() {
        jdbc.sql("select 1 from readmodel_control.generation for update").query().singleValue();
        return state();
    }

    private int highestSchema() {
        return jdbc.sql("""
                        select coalesce(max(cast(substring(schema_name from 12) as integer)), 0)
                        from information_schema.schemata where schema_name ~ '^readmodel_g[0-9]+$'""")
                .query(Integer.class).single();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
