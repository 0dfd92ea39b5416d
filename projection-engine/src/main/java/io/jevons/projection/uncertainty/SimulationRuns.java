package io.jevons.projection.uncertainty;

import io.jevons.planning.api.scenario.ScenarioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Monte Carlo runs as they were asked for: enough to run each again with the same result. */
@Repository
class SimulationRuns {

    record Run(UUID runId, ScenarioId scenarioId, long version, int samples, long seed, String runBy, Instant runAt) {
    }

    private final JdbcClient jdbc;

    SimulationRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Run run) {
        jdbc.sql("""
                        insert into readmodel_control.simulation_run (run_id, scenario_id, version, samples, seed, run_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(run.runId(), run.scenarioId().value(), run.version(), run.samples(), run.seed(), run.runBy())
                .update();
    }

    List<Run> of(ScenarioId id) {
        return jdbc.sql("select * from readmodel_control.simulation_run where scenario_id = ? order by run_at desc")
                .param(id.value()).query(this::run).list();
    }

    Optional<Run> find(ScenarioId id, UUID runId) {
        return jdbc.sql("select * from readmodel_control.simulation_run where scenario_id = ? and run_id = ?")
                .params(id.value(), runId).query(this::run).optional();
    }

    private Run run(ResultSet row, int number) throws SQLException {
        return new Run(row.getObject("run_id", UUID.class), new ScenarioId(row.getObject("scenario_id", UUID.class)),
                row.getLong("version"), row.getInt("samples"), row.getLong("seed"), row.getString("run_by"),
                row.getTimestamp("run_at").toInstant());
    }
}
