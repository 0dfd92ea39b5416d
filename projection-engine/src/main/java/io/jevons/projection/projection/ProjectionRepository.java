package io.jevons.projection.projection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.ClassDemand;
import io.jevons.capacity.projection.FleetCount;
import io.jevons.capacity.projection.ProjectedQuarter;
import io.jevons.capacity.projection.ProjectedYear;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.projection.Share;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.capacity.unit.Usd;
import io.jevons.planning.api.json.JevonsJson;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.readmodel.ScenarioSnapshots;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The projection rows of the generation serving reads (the views of schema {@code readmodel}), read back into the
 * capacity model's types.
 */
@Repository
public class ProjectionRepository {

    private static final ObjectMapper JSON = JevonsJson.messageMapper();

    private final JdbcClient jdbc;

    ProjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version of the scenario the read models hold, and the generation that holds it. */
    Optional<ServedVersion> version(ScenarioId id) {
        return jdbc.sql("""
                        select s.version, g.active from readmodel.scenario_state s
                        cross join readmodel_control.generation g where s.scenario_id = ?""")
                .param(id.value())
                .query((row, number) -> new ServedVersion(row.getInt("active"), row.getLong("version"))).optional();
    }

    /** The scenario's projection at its latest version the read models hold. */
    public Optional<VersionedProjection> find(ScenarioId id) {
        Optional<StateRow> state = jdbc.sql("select s.version, state #>> '{assumptions,horizon,first}' as first_quarter,"
                        + " state #>> '{assumptions,horizon,last}' as last_quarter, warnings, y.projected_version,"
                        + " y.engine_version from readmodel.scenario_state s left join lateral (select"
                        + " min(version) as projected_version, min(engine_version) as engine_version from"
                        + " readmodel.projection_year where scenario_id = s.scenario_id) y on true where s.scenario_id = ?")
                .param(id.value())
                .query((row, number) -> new StateRow(row.getLong("version"), row.getString("first_quarter"),
                        row.getString("last_quarter"), read(row.getString("warnings"), new TypeReference<List<String>>() {
                        }), row.getLong("projected_version"), row.getString("engine_version")))
                .optional();
        if (state.isEmpty()) {
            return Optional.empty();
        }
        StateRow found = state.get();
        if (found.projectedVersion() != found.version()) {
            return Optional.of(projectStoredState(id));
        }
        List<ProjectedQuarter> quarters = jdbc.sql("select * from readmodel.projection_quarter where scenario_id = ? order by quarter")
                .param(id.value()).query(QUARTER).list();
        List<ProjectedYear> years = jdbc.sql("select * from readmodel.projection_year where scenario_id = ? order by year")
                .param(id.value()).query(YEAR).list();
        Horizon horizon = new Horizon(Quarter.parse(found.firstQuarter()), Quarter.parse(found.lastQuarter()));
        return Optional.of(new VersionedProjection(id, found.version(), new Projection(found.engineVersion(), horizon,
                quarters, years, found.warnings())));
    }

    /**
     * A state whose projection rows are behind (a rebuilt generation whose catch-up has not reached it yet):
     * projecting it costs about as much as reading the rows.
     */
    private VersionedProjection projectStoredState(ScenarioId id) {
        ScenarioState state = state(id).orElseThrow();
        return new VersionedProjection(id, state.version(), CapacityProjector.project(state.assumptions()));
    }

    /**
     * The version the scenario was at, at {@code moment}, if the audit log holds every version up to
     * {@code latestVersion} (it follows the events by a moment) and the scenario existed then.
     */
    Optional<Long> versionAt(ScenarioId id, Instant moment, long latestVersion) {
        return jdbc.sql("select max(version) filter (where occurred_at <= ?) as then, max(version) as held"
                        + " from readmodel.audit_entry where scenario_id = ?")
                .params(Timestamp.from(moment), id.value())
                .query((row, number) -> row.getLong("held") == latestVersion && row.getObject("then") != null
                        ? Optional.of(row.getLong("then")) : Optional.<Long>empty())
                .single();
    }

    /** The newest snapshot of the scenario at or below {@code version} made by this revision of the fold. */
    Optional<ScenarioState> snapshot(ScenarioId id, long version) {
        return jdbc.sql("select state from readmodel.scenario_snapshot where scenario_id = ? and version <= ?"
                        + " and revision = ? order by version desc limit 1")
                .params(id.value(), version, ScenarioSnapshots.REVISION)
                .query(String.class).optional().map(json -> read(json, new TypeReference<ScenarioState>() {
                }));
    }

    /** The scenario as the read models hold it: its state at the latest version they projected. */
    Optional<ScenarioState> state(ScenarioId id) {
        return jdbc.sql("select state from readmodel.scenario_state where scenario_id = ?").param(id.value())
                .query(String.class).optional().map(json -> read(json, new TypeReference<ScenarioState>() {
                }));
    }

    /** @param engineVersion of the stored projection rows; null for rows stored before engine versions were. */
    private record StateRow(long version, String firstQuarter, String lastQuarter, List<String> warnings,
                            long projectedVersion, String engineVersion) {
    }

    private static final RowMapper<ProjectedQuarter> QUARTER = (row, number) -> new ProjectedQuarter(
            Quarter.parse(row.getString("quarter")),
            read(row.getString("demand_by_class"), new TypeReference<List<ClassDemand>>() {
            }),
            row.getDouble("demand_flops"),
            read(row.getString("fleet"), new TypeReference<List<FleetCount>>() {
            }),
            row.getDouble("supply_flops"),
            nullableDouble(row, "utilization"),
            row.getDouble("shortfall_flops"),
            row.getDouble("served_tokens"),
            Usd.ofCents(row.getLong("capex_cents")),
            Usd.ofCents(row.getLong("depreciation_cents")),
            Usd.ofCents(row.getLong("energy_cost_cents")),
            Usd.ofCents(row.getLong("inference_cost_cents")),
            row.getDouble("power_megawatts"),
            nullableDouble(row, "cost_per_million_tokens_usd"),
            read(row.getString("vendor_shares"), new TypeReference<List<Share>>() {
            }),
            read(row.getString("kind_shares"), new TypeReference<List<Share>>() {
            }));

    private static final RowMapper<ProjectedYear> YEAR = (row, number) -> new ProjectedYear(
            row.getInt("year"),
            row.getInt("quarters"),
            row.getDouble("average_demand_flops"),
            row.getDouble("average_supply_flops"),
            nullableDouble(row, "peak_utilization"),
            row.getDouble("served_tokens"),
            Usd.ofCents(row.getLong("capex_cents")),
            Usd.ofCents(row.getLong("depreciation_cents")),
            Usd.ofCents(row.getLong("energy_cost_cents")),
            Usd.ofCents(row.getLong("inference_cost_cents")),
            row.getDouble("average_power_megawatts"),
            nullableDouble(row, "cost_per_million_tokens_usd"),
            read(row.getString("fleet"), new TypeReference<List<FleetCount>>() {
            }),
            read(row.getString("vendor_shares"), new TypeReference<List<Share>>() {
            }));

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable read-model JSON", e);
        }
    }
}
