package io.jevons.planning.eventstore;

import io.jevons.planning.cluster.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Failures that a database restart causes are told apart from failures of the request or the event. */
class DatabaseOutageTest {

    @Test
    void aLostConnectionARefusedOneAndAFailedRollbackAreOutages() {
        assertThat(DatabaseOutage.explains(new IllegalStateException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("deadlock detected", "40P01"))).isTrue();
        // HikariCP's stand-in for a closed connection has no SQL state; a rollback on it fails the transaction
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseOutage.explains(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aRefusedValueOrABugIsNot() {
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalArgumentException("unknown scenario event"))).isFalse();
        assertThat(DatabaseOutage.explains(new RuntimeException(new SQLException("no state")))).isFalse();
    }
}
