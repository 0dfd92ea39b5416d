package io.jevons.projection.readmodel;

import io.jevons.capacity.projection.EngineVersion;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A scenario's state at every version that is a multiple of the snapshot interval, so that its state at any past
 * version folds at most that many events from the nearest one. Derived like every read model: a replay writes them
 * again, and a snapshot of another {@link #REVISION} is never read.
 */
public final class ScenarioSnapshots implements ReadModel {

    /**
     * What a snapshot was made with: how events fold into a state (raise {@code state-N} when the fold of an event or
     * the state's JSON changes) and the engine version. Snapshots of another revision are ignored.
     */
    public static final String REVISION = "state-1/" + EngineVersion.CURRENT;

    private final JdbcTemplate batch;
    private final String save;

    ScenarioSnapshots(JdbcTemplate batch, Generation generation) {
        this.batch = batch;
        this.save = "insert into " + generation.table("scenario_snapshot") + " (scenario_id, version, revision, state)"
                + " values (?, ?, ?, cast(? as jsonb)) on conflict (scenario_id, version) do update"
                + " set revision = excluded.revision, state = excluded.state";
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        List<ScenarioState> snapshots = changed.stream().flatMap(scenario -> scenario.snapshots().stream()).toList();
        batch.batchUpdate(save, snapshots, snapshots.size(), (statement, state) -> {
            statement.setObject(1, state.scenarioId().value());
            statement.setLong(2, state.version());
            statement.setString(3, REVISION);
            statement.setString(4, ReadModelJson.write(state));
        });
    }
}
