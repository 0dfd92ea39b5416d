package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;

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

    void awaitEveryEventProjected(int generation) {
        await("generation " + generation + " holds every event").atMost(Duration.ofSeconds(90)).until(() ->
                count("select count(*) from readmodel_g" + generation + ".audit_entry")
                        == count("select count(*) from eventstore.domain_event_entry"));
    }

    void awaitActiveGeneration(int generation) {
        await("generation " + generation + " serves reads").atMost(Duration.ofSeconds(120)).until(() ->
                count("select active from readmodel_control.generation") == generation);
    }

    /** Rows in one generation's tables but not the other's, both ways; {@code filter} limits the scenarios. */
    long differingRows(int one, int other, String filter) throws SQLException {
        long differing = 0;
        for (String table : READ_MODEL_TABLES) {
            String a = "select * from readmodel_g" + one + "." + table + filter;
            String b = "select * from readmodel_g" + other + "." + table + filter;
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
