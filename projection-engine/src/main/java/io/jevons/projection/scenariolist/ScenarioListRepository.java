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
            row.getBoolean("archived"),
            row.getObject("forked_from", UUID.class) == null ? null : new ScenarioId(row.getObject("forked_from", UUID.class)),
            row.getString("created_by"),
            row.getTimestamp("created_at").toInstant(),
            row.getString("updated_by"),
            row.getTimestamp("updated_at").toInstant());

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final JdbcClient jdbc;

    ScenarioListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the scenario; a replay of its first event changes nothing. */
    void insert(ScenarioSummary summary) {
        jdbc.sql("""
                        insert into readmodel.scenario_summary
                            (scenario_id, name, first_quarter, last_quarter, version, archived, forked_from,
                             created_by, created_at, updated_by, updated_at)
                        values (:id, :name, :first, :last, :version, :archived, :forkedFrom,
                                :createdBy, :createdAt, :updatedBy, :updatedAt)
                        on conflict (scenario_id) do nothing""")
                .param("id", summary.scenarioId().value())
                .param("name", summary.name())
                .param("first", summary.firstQuarter().toString())
                .param("last", summary.lastQuarter().toString())
                .param("version", summary.version())
                .param("archived", summary.archived())
                .param("forkedFrom", summary.forkedFrom() == null ? null : summary.forkedFrom().value())
                .param("createdBy", summary.createdBy())
                .param("createdAt", timestamp(summary.createdAt()))
                .param("updatedBy", summary.updatedBy())
                .param("updatedAt", timestamp(summary.updatedAt()))
                .update();
    }

    /** Records a later version; an event at or below the stored version (a replay) changes nothing. */
    void touch(ScenarioId id, long version, String user, Instant at) {
        update(id, version, user, at, "");
    }

    void rename(ScenarioId id, String name, long version, String user, Instant at) {
        jdbc.sql("update readmodel.scenario_summary set name = :name where scenario_id = :id and version < :version")
                .param("name", name).param("id", id.value()).param("version", version).update();
        touch(id, version, user, at);
    }

    void archive(ScenarioId id, long version, String user, Instant at) {
        update(id, version, user, at, ", archived = true");
    }

    private void update(ScenarioId id, long version, String user, Instant at, String alsoSet) {
        jdbc.sql("update readmodel.scenario_summary set version = :version, updated_by = :user, updated_at = :at"
                        + alsoSet + " where scenario_id = :id and version < :version")
                .param("version", version).param("user", user).param("at", timestamp(at)).param("id", id.value())
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
