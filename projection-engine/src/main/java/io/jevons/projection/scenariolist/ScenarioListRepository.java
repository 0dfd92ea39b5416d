package io.jevons.projection.scenariolist;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The scenario list of the active read-model generation. */
@Repository
public class ScenarioListRepository {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final RowMapper<ScenarioSummary> ROW = (row, number) -> new ScenarioSummary(
            new ScenarioId(row.getObject("scenario_id", UUID.class)),
            row.getString("name"),
            Quarter.parse(row.getString("first_quarter")),
            Quarter.parse(row.getString("last_quarter")),
            row.getLong("version"),
            row.getBoolean("archived"),
            row.getObject("forked_from", UUID.class) == null ? null : new ScenarioId(row.getObject("forked_from", UUID.class)),
            row.getString("created_by"),
            row.getTimestamp("created_at").toInstant(),
            row.getString("updated_by"),
            row.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    ScenarioListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScenarioSummary> findAll() {
        return jdbc.sql("select * from readmodel.scenario_summary order by updated_at desc, name")
                .query(ROW).list();
    }

    public Optional<ScenarioSummary> find(ScenarioId id) {
        return jdbc.sql("select * from readmodel.scenario_summary where scenario_id = ?")
                .param(id.value()).query(ROW).optional();
    }

    /**
     * Waits until the read model shows the scenario at {@code minVersion} or later, so that a page can
     * show a change its user just made (the projection runs asynchronously, typically within milliseconds).
     */
    public Optional<ScenarioSummary> awaitVersion(ScenarioId id, long minVersion, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<ScenarioSummary> found = find(id).filter(summary -> summary.version() >= minVersion);
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
