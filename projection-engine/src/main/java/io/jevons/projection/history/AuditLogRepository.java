package io.jevons.projection.history;

import io.jevons.planning.api.scenario.ScenarioId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit log of the active read-model generation, newest first. */
@Repository
public class AuditLogRepository {

    private static final RowMapper<AuditEntry> ROW = (row, number) -> new AuditEntry(
            new ScenarioId(row.getObject("scenario_id", UUID.class)), row.getLong("version"), row.getString("event_type"),
            row.getString("family"), row.getString("username"), row.getTimestamp("occurred_at").toInstant(),
            row.getString("reason"), row.getString("summary"), row.getString("correlation_id"), row.getString("source"),
            row.getString("evidence"), row.getString("evidence_link"), row.getString("original_user"),
            (Boolean) row.getObject("original_user_verified"));

    private final JdbcClient jdbc;

    AuditLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage find(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.scenarioId() != null) {
            conditions.add("scenario_id = :scenario");
            params.put("scenario", query.scenarioId().value());
        }
        if (query.user() != null && !query.user().isBlank()) {
            conditions.add("username = :user");
            params.put("user", query.user().strip());
        }
        if (query.family() != null) {
            conditions.add("family = :family");
            params.put("family", query.family().name());
        }
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at <= :to");
            params.put("to", Timestamp.from(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from readmodel.audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<AuditEntry> entries = jdbc.sql("select * from readmodel.audit_entry" + where
                        + " order by occurred_at desc, scenario_id, version desc limit :limit offset :offset")
                .params(params).query(ROW).list();
        return new AuditPage(entries, query.page(), query.size(), total);
    }
}
