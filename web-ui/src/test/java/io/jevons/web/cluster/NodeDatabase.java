package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;
import org.awaitility.core.ConditionTimeoutException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** The database the nodes of a test share, queried directly over JDBC (the nodes run in other JVMs). */
record NodeDatabase(String url) {

    /** Every read-model table: two builds from the same events must hold the same rows. */
    private static final List<String> READ_MODEL_TABLES = List.of("scenario_state", "scenario_summary", "audit_entry",
            "projection_quarter", "projection_year");

    static NodeDatabase fresh() {
        return new NodeDatabase(TestPostgres.newDatabase());
    }

    void awaitEveryEventProjected(int generation) throws SQLException {
        try {
            await("generation " + generation + " holds every event").atMost(Duration.ofSeconds(90)).until(() ->
                    count("select count(*) from readmodel_g" + generation + ".audit_entry")
                            == count("select count(*) from eventstore.domain_event_entry"));
        } catch (ConditionTimeoutException timeout) {
            throw new AssertionError(timeout.getMessage() + "\n" + unprojected(generation), timeout);
        }
    }

    /** What a generation lacks: scenarios whose audit rows or state are behind their events, dead letters, tokens. */
    String unprojected(int generation) throws SQLException {
        String schema = "readmodel_g" + generation;
        return query("""
                select e.aggregate_identifier, count(*) as events,
                       (select count(*) from %1$s.audit_entry a where a.scenario_id::text = e.aggregate_identifier),
                       (select s.version from %1$s.scenario_state s where s.scenario_id::text = e.aggregate_identifier)
                from eventstore.domain_event_entry e group by e.aggregate_identifier
                having count(*) <> (select count(*) from %1$s.audit_entry a where a.scenario_id::text = e.aggregate_identifier)
                limit 20""".formatted(schema), rows -> {
            StringBuilder report = new StringBuilder("scenario: events, audit rows, state version\n");
            while (rows.next()) {
                report.append(rows.getString(1)).append(": ").append(rows.getLong(2)).append(", ")
                        .append(rows.getLong(3)).append(", ").append(rows.getString(4)).append('\n');
            }
            return report;
        }) + "dead letters: " + count("select count(*) from eventstore.dead_letter_entry")
                + "\ntokens: " + query("select string_agg(processor_name || '/' || segment || ' ' || coalesce(owner, '-')"
                + " || ' ' || left(convert_from(token, 'UTF8'), 200), E'\\n') from eventstore.token_entry", rows -> {
            rows.next();
            return rows.getString(1);
        });
    }

    void awaitActiveGeneration(int generation) {
        await("generation " + generation + " serves reads").atMost(Duration.ofSeconds(120)).until(() ->
                count("select active from readmodel_control.generation") == generation);
    }

    /**
     * Rows in one generation's tables but not the other's, both ways; {@code filter} limits the scenarios. Rows are
     * compared as text: json columns have no equality.
     */
    long differingRows(int one, int other, String filter) throws SQLException {
        long differing = 0;
        for (String table : READ_MODEL_TABLES) {
            String a = "select t::text from readmodel_g" + one + "." + table + " t" + filter;
            String b = "select t::text from readmodel_g" + other + "." + table + " t" + filter;
            differing += count("select count(*) from ((" + a + " except all " + b + ") union all ("
                    + b + " except all " + a + ")) as difference");
        }
        return differing;
    }

    long count(String sql) throws SQLException {
        return query(sql, rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    <T> T query(String sql, ResultMapper<T> mapper) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return mapper.map(rows);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
    }

    @FunctionalInterface
    interface ResultMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }
}
