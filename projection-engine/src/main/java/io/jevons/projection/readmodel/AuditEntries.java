package io.jevons.projection.readmodel;

import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/** The audit log: every event with who, when, why and what. */
final class AuditEntries implements ReadModel {

    private final JdbcTemplate batch;
    private final String insert;

    AuditEntries(JdbcTemplate batch, Generation generation) {
        this.batch = batch;
        this.insert = "insert into " + generation.table("audit_entry") + " (scenario_id, version, event_id, event_type,"
                + " family, username, occurred_at, reason, summary, correlation_id, source, evidence, evidence_link,"
                + " original_user, original_user_verified)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (scenario_id, version) do nothing";
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        List<AuditRow> rows = changed.stream().flatMap(scenario -> scenario.audit().stream()).toList();
        batch.batchUpdate(insert, rows, rows.size(), (statement, row) -> {
            statement.setObject(1, row.scenarioId().value());
            statement.setLong(2, row.version());
            statement.setString(3, row.eventId());
            statement.setString(4, row.eventType());
            statement.setString(5, row.family());
            statement.setString(6, row.user());
            statement.setTimestamp(7, Timestamp.from(row.occurredAt()));
            statement.setString(8, row.reason());
            statement.setString(9, row.summary());
            statement.setString(10, row.correlationId());
            statement.setString(11, row.source());
            statement.setString(12, row.evidence());
            statement.setString(13, row.evidenceLink());
            statement.setString(14, row.originalUser());
            statement.setObject(15, row.originalUserVerified(), Types.BOOLEAN);
        });
    }
}
