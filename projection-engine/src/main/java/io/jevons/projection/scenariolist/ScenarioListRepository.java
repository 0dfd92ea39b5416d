package io.jevons.projection.scenariolist;

import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Table {@code readmodel.scenario_summary}. */
@Repository
public class ScenarioListRepository {

    private static final RowMapper<ScenarioSummary> ROW = (row, number) -> new ScenarioSummary(
            new ScenarioId(row.getObject("scenario_id", UUID.class)),
            row.getString("name"),
            Quarter.parse(row.getString("first_quarter")),
            Quarter.parse(row.getString("last_quarter")),
            row.getLong("version"),
            row.getString("created_by"),
            row.getTimestamp("created_at").toInstant(),
            row.getString("updated_by"),
            row.getTimestamp("updated_at").toInstant());

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final JdbcClient jdbc;

    ScenarioListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the scenario, or replaces it when this version is newer; replays of older events change nothing. */
    void upsert(ScenarioSummary summary) {
        jdbc.sql("""
                        insert into readmodel.scenario_summary
                            (scenario_id, name, first_quarter, last_quarter, version,
                             created_by, created_at, updated_by, updated_at)
                        values (:id, :name, :first, :last, :version, :createdBy, :createdAt, :updatedBy, :updatedAt)
                        on conflict (scenario_id) do update set
                            name = excluded.name, first_quarter = excluded.first_quarter,
                            last_quarter = excluded.last_quarter, version = excluded.version,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        where scenario_summary.version < excluded.version""")
                .param("id", summary.scenarioId().value())
                .param("name", summary.name())
                .param("first", summary.firstQuarter().toString())
                .param("last", summary.lastQuarter().toString())
                .param("version", summary.version())
                .param("createdBy", summary.createdBy())
                .param("createdAt", timestamp(summary.createdAt()))
                .param("updatedBy", summary.updatedBy())
                .param("updatedAt", timestamp(summary.updatedAt()))
                .update();
    }

    void deleteAll() {
        jdbc.sql("delete from readmodel.scenario_summary").update();
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

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
