package io.jevons.projection.readmodel;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scenario as its events leave it, with the warnings of its projection: what the next batch of events evolves,
 * and how far the generation has got with each scenario.
 */
final class ScenarioStates implements ReadModel {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final String load;
    private final String version;
    private final String save;
    private final String saveWarnings;
    private final String unprojected;

    ScenarioStates(JdbcClient jdbc, JdbcTemplate batch, Generation generation) {
        this.jdbc = jdbc;
        this.batch = batch;
        String table = generation.table("scenario_state");
        this.load = "select state from " + table + " where scenario_id in (:ids)";
        this.version = "select version from " + table + " where scenario_id = ?";
        this.save = "insert into " + table + " (scenario_id, version, state, warnings)"
                + " values (?, ?, cast(? as jsonb), cast(? as jsonb))"
                + " on conflict (scenario_id) do update set version = excluded.version, state = excluded.state,"
                + " warnings = excluded.warnings where scenario_state.version < excluded.version";
        this.saveWarnings = "update " + table + " set warnings = cast(? as jsonb) where scenario_id = ? and version = ?";
        this.unprojected = "select s.scenario_id from " + table + " s where s.scenario_id > ? and not exists"
                + " (select 1 from " + generation.table("projection_year") + " y where y.scenario_id = s.scenario_id"
                + " and y.version = s.version) order by s.scenario_id limit ?";
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        batch.batchUpdate(save, changed, changed.size(), (statement, scenario) -> {
            ScenarioState state = scenario.state();
            statement.setObject(1, state.scenarioId().value());
            statement.setLong(2, state.version());
            statement.setString(3, ReadModelJson.write(state));
            statement.setString(4, ReadModelJson.write(scenario.projection() == null
                    ? List.of() : scenario.projection().warnings()));
        });
    }

    /** The stored states of these scenarios (those that have one). */
    Map<ScenarioId, ScenarioState> load(Collection<ScenarioId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(load).param("ids", ids.stream().map(ScenarioId::value).toList())
                .query((row, number) -> ReadModelJson.read(row.getString("state"), ScenarioState.class))
                .list().stream()
                .collect(Collectors.toMap(ScenarioState::scenarioId, Function.identity()));
    }

    /** The version of the stored state of {@code id}, 0 if it has none. */
    long storedVersion(ScenarioId id) {
        return jdbc.sql(version).param(id.value()).query(Long.class).optional().orElse(0L);
    }

    /** The warnings of the projection of the state at {@code version} (none if the state has moved on). */
    void saveWarnings(ScenarioId id, long version, List<String> warnings) {
        jdbc.sql(saveWarnings).params(ReadModelJson.write(warnings), id.value(), version).update();
    }

    /** Up to {@code limit} scenarios after {@code after}, in id order, whose projection rows are behind their state. */
    List<ScenarioId> unprojected(UUID after, int limit) {
        return jdbc.sql(unprojected).params(after, limit)
                .query((row, number) -> new ScenarioId(row.getObject(1, UUID.class))).list();
    }
}
