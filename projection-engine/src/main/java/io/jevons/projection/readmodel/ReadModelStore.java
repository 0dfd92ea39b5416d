package io.jevons.projection.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.json.JevonsJson;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.live.ScenarioChange;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tables of one read-model generation, as the projector writes them; every write is idempotent. */
public final class ReadModelStore {

    static final ObjectMapper JSON = JevonsJson.messageMapper();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final String schema;
    private final String quarterUpsert;
    private final String yearUpsert;

    public ReadModelStore(JdbcClient jdbc, JdbcTemplate batch, Generation generation) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.schema = generation.schema();
        this.quarterUpsert = upsert("projection_quarter", "quarter", "scenario_id, quarter, version, demand_flops,"
                        + " supply_flops, utilization, shortfall_flops, served_tokens, capex_cents, depreciation_cents,"
                        + " energy_cost_cents, inference_cost_cents, power_megawatts, cost_per_million_tokens_usd,"
                        + " demand_by_class, fleet, vendor_shares, kind_shares, engine_version",
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json),"
                        + " cast(? as json), cast(? as json), ?");
        this.yearUpsert = upsert("projection_year", "year", "scenario_id, year, version, quarters,"
                        + " average_demand_flops, average_supply_flops, peak_utilization, served_tokens, capex_cents,"
                        + " depreciation_cents, energy_cost_cents, inference_cost_cents, average_power_megawatts,"
                        + " cost_per_million_tokens_usd, fleet, vendor_shares, engine_version",
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), ?");
    }

    /** The stored states of these scenarios (those that have one). */
    public Map<ScenarioId, ScenarioState> loadStates(Collection<ScenarioId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select state from " + schema + ".scenario_state where scenario_id in (:ids)")
                .param("ids", ids.stream().map(ScenarioId::value).toList())
                .query((row, number) -> read(row.getString("state"), ScenarioState.class))
                .list().stream()
                .collect(Collectors.toMap(ScenarioState::scenarioId, Function.identity()));
    }

    /** The version of the stored state of {@code id}, 0 if it has none. */
    long storedVersion(ScenarioId id) {
        return jdbc.sql("select version from " + schema + ".scenario_state where scenario_id = ?").param(id.value())
                .query(Long.class).optional().orElse(0L);
    }

    void saveStates(List<ScenarioState> states, Map<ScenarioId, List<String>> warnings) {
        batch.batchUpdate("insert into " + schema + ".scenario_state (scenario_id, version, state, warnings)"
                        + " values (?, ?, cast(? as jsonb), cast(? as jsonb))"
                        + " on conflict (scenario_id) do update set version = excluded.version, state = excluded.state,"
                        + " warnings = excluded.warnings where scenario_state.version < excluded.version",
                states, states.size(), (statement, state) -> {
                    statement.setObject(1, state.scenarioId().value());
                    statement.setLong(2, state.version());
                    statement.setString(3, write(state));
                    statement.setString(4, write(warnings.getOrDefault(state.scenarioId(), List.of())));
                });
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk. Read models are derived:
     * a database crash can lose only the latest such commits, rows and processor token together (WAL order), and
     * the processor projects those events again; any later synchronous commit (an event append) flushes them.
     * Waiting would put the projector's larger writes in front of the commands' own flushes.
     */
    void commitAsynchronously() {
        jdbc.sql("set local synchronous_commit to off").update();
    }

    /** Waits for other nodes' catch-up transactions on this generation: two writers of one scenario's rows collide. */
    void lockProjectionRows() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(schema + ".projection").query().listOfRows();
    }

    /** Up to {@code limit} scenarios after {@code after}, in id order, whose projection rows are behind their state. */
    List<ScenarioId> unprojected(UUID after, int limit) {
        return jdbc.sql("select s.scenario_id from " + schema + ".scenario_state s where s.scenario_id > ? and not exists"
                        + " (select 1 from " + schema + ".projection_year y where y.scenario_id = s.scenario_id"
                        + " and y.version = s.version) order by s.scenario_id limit ?")
                .params(after, limit).query((row, number) -> new ScenarioId(row.getObject(1, UUID.class))).list();
    }

    /** The warnings of the projection of the state at {@code version} (none if the state has moved on). */
    void saveWarnings(ScenarioId id, long version, List<String> warnings) {
        jdbc.sql("update " + schema + ".scenario_state set warnings = cast(? as jsonb) where scenario_id = ? and version = ?")
                .params(write(warnings), id.value(), version).update();
    }

    /**
     * Replaces the scenario's quarterly and yearly rows with those of {@code projection}: rows are updated in place
     * (free space on their pages lets PostgreSQL keep the new version beside the old one, without a new index entry
     * or work for vacuum - see V10), then rows the projection no longer has are deleted.
     */
    void saveProjection(ScenarioId id, long version, Projection projection) {
        UUID key = id.value();
        batch.batchUpdate(quarterUpsert, projection.quarters(), projection.quarters().size(), (statement, q) -> {
            statement.setObject(1, key);
            statement.setString(2, q.quarter().toString());
            statement.setLong(3, version);
            statement.setDouble(4, q.demandFlopsPerSecond());
            statement.setDouble(5, q.supplyFlopsPerSecond());
            statement.setObject(6, q.utilization(), Types.DOUBLE);
            statement.setDouble(7, q.shortfallFlopsPerSecond());
            statement.setDouble(8, q.servedTokens());
            statement.setLong(9, q.capex().cents());
            statement.setLong(10, q.depreciation().cents());
            statement.setLong(11, q.energyCost().cents());
            statement.setLong(12, q.inferenceCost().cents());
            statement.setDouble(13, q.powerMegawatts());
            statement.setObject(14, q.costPerMillionTokensUsd(), Types.DOUBLE);
            statement.setString(15, write(q.demandByClass()));
            statement.setString(16, write(q.fleet()));
            statement.setString(17, write(q.vendorShares()));
            statement.setString(18, write(q.kindShares()));
            statement.setString(19, projection.engineVersion());
        });
        batch.batchUpdate(yearUpsert, projection.years(), projection.years().size(), (statement, y) -> {
            statement.setObject(1, key);
            statement.setInt(2, y.year());
            statement.setLong(3, version);
            statement.setInt(4, y.quarters());
            statement.setDouble(5, y.averageDemandFlopsPerSecond());
            statement.setDouble(6, y.averageSupplyFlopsPerSecond());
            statement.setObject(7, y.peakUtilization(), Types.DOUBLE);
            statement.setDouble(8, y.servedTokens());
            statement.setLong(9, y.capex().cents());
            statement.setLong(10, y.depreciation().cents());
            statement.setLong(11, y.energyCost().cents());
            statement.setLong(12, y.inferenceCost().cents());
            statement.setDouble(13, y.averagePowerMegawatts());
            statement.setObject(14, y.costPerMillionTokensUsd(), Types.DOUBLE);
            statement.setString(15, write(y.fleet()));
            statement.setString(16, write(y.vendorShares()));
            statement.setString(17, projection.engineVersion());
        });
        for (String table : List.of("projection_quarter", "projection_year")) {
            jdbc.sql("delete from " + schema + "." + table + " where scenario_id = ? and version <> ?")
                    .params(key, version).update();
        }
    }

    /** An insert of one row of {@code table} per scenario and {@code period} that replaces the row there is. */
    private String upsert(String table, String period, String columns, String values) {
        String replaced = Arrays.stream(columns.split(",")).map(String::strip)
                .filter(column -> !column.equals("scenario_id") && !column.equals(period))
                .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
        return "insert into " + schema + "." + table + " (" + columns + ") values (" + values + ")"
                + " on conflict (scenario_id, " + period + ") do update set " + replaced;
    }

    void saveAudit(List<AuditRow> rows) {
        batch.batchUpdate("insert into " + schema + ".audit_entry (scenario_id, version, event_id, event_type, family,"
                        + " username, occurred_at, reason, summary, correlation_id, source, evidence, evidence_link,"
                        + " original_user, original_user_verified)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (scenario_id, version) do nothing",
                rows, rows.size(), (statement, row) -> {
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

    /** The scenario list row after a batch: created by its first event, updated by its last. */
    void saveSummary(ScenarioState state, AuditRow first, AuditRow last) {
        jdbc.sql("insert into " + schema + ".scenario_summary (scenario_id, name, first_quarter, last_quarter, version,"
                        + " archived, forked_from, created_by, created_at, updated_by, updated_at)"
                        + " values (:id, :name, :first, :last, :version, :archived, :forkedFrom, :createdBy, :createdAt,"
                        + " :updatedBy, :updatedAt)"
                        + " on conflict (scenario_id) do update set name = excluded.name, version = excluded.version,"
                        + " archived = excluded.archived, updated_by = excluded.updated_by, updated_at = excluded.updated_at"
                        + " where scenario_summary.version < excluded.version")
                .param("id", state.scenarioId().value())
                .param("name", state.name())
                .param("first", state.assumptions().horizon().first().toString())
                .param("last", state.assumptions().horizon().last().toString())
                .param("version", state.version())
                .param("archived", state.archived())
                .param("forkedFrom", state.forkedFrom() == null ? null : state.forkedFrom().value())
                .param("createdBy", first.user())
                .param("createdAt", Timestamp.from(first.occurredAt()))
                .param("updatedBy", last.user())
                .param("updatedAt", Timestamp.from(last.occurredAt()))
                .update();
    }

    /** Tells every node (PostgreSQL NOTIFY, delivered at commit) that a scenario changed. */
    void announce(ScenarioChange change) {
        jdbc.sql("select pg_notify(?, ?)").params(ScenarioChange.CHANNEL, write(change)).query().listOfRows();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + " from the read model", e);
        }
    }
}
