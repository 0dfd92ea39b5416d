package io.jevons.planning.cluster;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure comes from PostgreSQL being unreachable or refusing for a moment (a restart, a fail-over, a
 * deadlock victim) rather than from the request, the event or a bug: trying again later can succeed.
 */
public final class DatabaseOutage {

    /** SQLSTATE classes and codes of a lost or refused connection, a rolled-back transaction, a shutdown. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String TRANSACTION_ROLLBACK_CLASS = "40";
    private static final String ADMIN_SHUTDOWN = "57P01";
    private static final String CANNOT_CONNECT_NOW = "57P03";
    /** What HikariCP's stand-in for a connection it has closed throws, without an SQL state. */
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseOutage() {
    }

    public static boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionSystemException) {
                return true; // the last: a commit or rollback that could not reach the database
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                    || sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS)
                    || sql.getSQLState().equals(ADMIN_SHUTDOWN) || sql.getSQLState().equals(CANNOT_CONNECT_NOW))) {
                return true;
            }
        }
        return false;
    }
}
