package io.jevons.projection.readmodel;

import io.jevons.capacity.projection.Projection;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The capacity model's outputs per quarter and per year: what the plan, the charts and the comparisons read. Written
 * for the scenarios a batch changed only while the generation serves reads; a rebuilt generation gets them from
 * {@link ProjectionCatchUp} before the switch.
 */
final class CapacityRows implements ReadModel {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final String quarterUpsert;
    private final String yearUpsert;
    private final List<String> deletes;
    private final String lock;

    CapacityRows(JdbcClient jdbc, JdbcTemplate batch, Generation generation) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.quarterUpsert = upsert(generation.table("projection_quarter"), "quarter", "scenario_id, quarter, version,"
                        + " demand_flops, supply_flops, utilization, shortfall_flops, served_tokens, capex_cents,"
                        + " depreciation_cents, energy_cost_cents, inference_cost_cents, power_megawatts,"
                        + " cost_per_million_tokens_usd, demand_by_class, fleet, vendor_shares, kind_shares, engine_version",
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json),"
                        + " cast(? as json), cast(? as json), ?");
        this.yearUpsert = upsert(generation.table("projection_year"), "year", "scenario_id, year, version, quarters,"
                        + " average_demand_flops, average_supply_flops, peak_utilization, served_tokens, capex_cents,"
                        + " depreciation_cents, energy_cost_cents, inference_cost_cents, average_power_megawatts,"
                        + " cost_per_million_tokens_usd, fleet, vendor_shares, engine_version",
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), ?");
        this.deletes = List.of(generation.table("projection_quarter"), generation.table("projection_year")).stream()
                .map(table -> "delete from " + table + " where scenario_id = ? and version <> ?").toList();
        this.lock = generation.table("projection");
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        for (ChangedScenario scenario : changed) {
            if (scenario.servesReads()) {
                save(scenario.state().scenarioId(), scenario.state().version(), scenario.projection());
            }
        }
    }

    /**
     * Replaces the scenario's quarterly and yearly rows with those of {@code projection}: rows are updated in place
     * (free space on their pages lets PostgreSQL keep the new version beside the old one, without a new index entry
     * or work for vacuum), then rows the projection no longer has are deleted.
     */
    void save(ScenarioId id, long version, Projection projection) {
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
            statement.setString(15, ReadModelJson.write(q.demandByClass()));
            statement.setString(16, ReadModelJson.write(q.fleet()));
            statement.setString(17, ReadModelJson.write(q.vendorShares()));
            statement.setString(18, ReadModelJson.write(q.kindShares()));
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
            statement.setString(15, ReadModelJson.write(y.fleet()));
            statement.setString(16, ReadModelJson.write(y.vendorShares()));
            statement.setString(17, projection.engineVersion());
        });
        for (String delete : deletes) {
            jdbc.sql(delete).params(key, version).update();
        }
    }

    /** Waits for other nodes' catch-up transactions on this generation: two writers of one scenario's rows collide. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(lock).query().listOfRows();
    }

    /** An insert of one row of {@code table} per scenario and {@code period} that replaces the row there is. */
    private static String upsert(String table, String period, String columns, String values) {
        String replaced = Arrays.stream(columns.split(",")).map(String::strip)
                .filter(column -> !column.equals("scenario_id") && !column.equals(period))
                .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + columns + ") values (" + values + ")"
                + " on conflict (scenario_id, " + period + ") do update set " + replaced;
    }
}
