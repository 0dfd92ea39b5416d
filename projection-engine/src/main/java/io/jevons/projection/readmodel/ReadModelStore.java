package io.jevons.projection.readmodel;

import io.jevons.projection.runtime.Generation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * The read models of one generation, as the projector writes them: scenario states and their snapshots, capacity
 * rows, the scenario list, the audit log and the announcements to open pages. Every write is idempotent.
 */
public final class ReadModelStore {

    private final JdbcClient jdbc;
    private final ScenarioStates states;
    private final CapacityRows capacity;
    private final List<ReadModel> readModels;

    public ReadModelStore(JdbcClient jdbc, JdbcTemplate batch, Generation generation) {
        this.jdbc = jdbc;
        this.states = new ScenarioStates(jdbc, batch, generation);
        this.capacity = new CapacityRows(jdbc, batch, generation);
        this.readModels = List.of(capacity, new ScenarioSummaries(jdbc, generation), states,
                new ScenarioSnapshots(batch, generation), new AuditEntries(batch, generation),
                new ChangeAnnouncements(jdbc));
    }

    ScenarioStates states() {
        return states;
    }

    CapacityRows capacity() {
        return capacity;
    }

    /** Brings every read model up to date with the scenarios a batch changed. */
    void write(List<ChangedScenario> changed) {
        readModels.forEach(readModel -> readModel.write(changed));
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
}
