package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The database the nodes of a test share, queried directly over JDBC (the nodes run in other JVMs). */
record NodeDatabase(String url) {

    static NodeDatabase fresh() {
        return new NodeDatabase(TestPostgres.newDatabase());
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
