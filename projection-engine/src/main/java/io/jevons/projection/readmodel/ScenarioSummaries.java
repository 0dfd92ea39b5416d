package io.jevons.projection.readmodel;

import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.util.List;

/** The scenario list: a row per scenario, created by its first event, updated by its last. */
final class ScenarioSummaries implements ReadModel {

    private final JdbcClient jdbc;
    private final String upsert;

    ScenarioSummaries(JdbcClient jdbc, Generation generation) {
        this.jdbc = jdbc;
        this.upsert = "insert into " + generation.table("scenario_summary") + " (scenario_id, name, first_quarter,"
                + " last_quarter, version, archived, forked_from, created_by, created_at, updated_by, updated_at)"
                + " values (:id, :name, :first, :last, :version, :archived, :forkedFrom, :createdBy, :createdAt,"
                + " :updatedBy, :updatedAt)"
                + " on conflict (scenario_id) do update set name = excluded.name, version = excluded.version,"
                + " archived = excluded.archived, updated_by = excluded.updated_by, updated_at = excluded.updated_at"
                + " where scenario_summary.version < excluded.version";
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        for (ChangedScenario scenario : changed) {
            ScenarioState state = scenario.state();
            jdbc.sql(upsert)
                    .param("id", state.scenarioId().value())
                    .param("name", state.name())
                    .param("first", state.assumptions().horizon().first().toString())
                    .param("last", state.assumptions().horizon().last().toString())
                    .param("version", state.version())
                    .param("archived", state.archived())
                    .param("forkedFrom", state.forkedFrom() == null ? null : state.forkedFrom().value())
                    .param("createdBy", scenario.first().user())
                    .param("createdAt", Timestamp.from(scenario.first().occurredAt()))
                    .param("updatedBy", scenario.last().user())
                    .param("updatedAt", Timestamp.from(scenario.last().occurredAt()))
                    .update();
        }
    }
}
