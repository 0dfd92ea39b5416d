package io.jevons.projection.readmodel;

import io.jevons.capacity.assumptions.Assumptions;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.capacity.projection.CapacityProjector;
import io.jevons.capacity.projection.Projection;
import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.projection.runtime.Generations;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the projector writes a scenario's projection rows: in place (docs/benchmarks.md, "Commands"; V10). A delete
 * and insert of all 50 rows per batch left autovacuum the largest disk writer under a steady stream of changes.
 * And how it commits: without waiting for the disk, in its own transactions only.
 */
@SpringBootTest
@PostgresIntegrationTest
class ReadModelStoreIT {

    private static final Horizon TEN_YEARS = new Horizon(Quarter.parse("2024Q1"), Quarter.parse("2033Q4"));
    private static final Horizon THREE_YEARS = new Horizon(Quarter.parse("2024Q1"), Quarter.parse("2026Q4"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Generations generations;
    @Autowired
    DataSource dataSource;

    @Test
    void theNextProjectionOfAScenarioUpdatesItsRowsInPlace() {
        ScenarioId id = ScenarioId.random();
        Projection full = CapacityProjector.project(DefaultScenario.assumptions()); // rows of ~1.5 kB, as in use
        transactions.executeWithoutResult(status -> store().capacity().save(id, 1, full));
        long before = inPlaceUpdates();

        transactions.executeWithoutResult(status -> {
            store().capacity().save(id, 2, full);
            // the counters reach pg_stat_user_tables when this session goes idle, not up to 10 s later
            jdbc.sql("select pg_stat_force_next_flush()").query().listOfRows();
        });

        assertThat(inPlaceUpdates() - before).as("HOT updates of the 28 quarter and 7 year rows")
                .isGreaterThanOrEqualTo(35);
        assertThat(versions(id, "projection_quarter")).hasSize(28).containsOnly(2L);
        assertThat(versions(id, "projection_year")).hasSize(7).containsOnly(2L);
    }

    @Test
    void rowsOfPeriodsTheProjectionNoLongerHasAreDeleted() {
        ScenarioId id = ScenarioId.random();
        save(id, 1, TEN_YEARS);

        save(id, 2, THREE_YEARS);

        assertThat(versions(id, "projection_quarter")).hasSize(12).containsOnly(2L);
        assertThat(versions(id, "projection_year")).hasSize(3).containsOnly(2L);
    }

    @Test
    void theListsOfAProjectionRowAreStoredAsJsonThatPostgresqlOnlyChecks() {
        List<String> types = jdbc.sql("select table_name || '.' || column_name || ' ' || data_type"
                        + " from information_schema.columns where table_schema = ?"
                        + " and column_name in ('demand_by_class', 'fleet', 'vendor_shares', 'kind_shares')"
                        + " and table_name in ('projection_quarter', 'projection_year') order by 1")
                .param(generations.active().schema()).query(String.class).list();

        assertThat(types).as("V11: parsing them into jsonb took most of the projector's time per row").containsExactly(
                "projection_quarter.demand_by_class json", "projection_quarter.fleet json",
                "projection_quarter.kind_shares json", "projection_quarter.vendor_shares json",
                "projection_year.fleet json", "projection_year.vendor_shares json");
    }

    /**
     * The projector's transactions do not wait for the disk, and only they: the connection goes back to the pool
     * shared with event appends, which must stay durable (a plain {@code set} instead of {@code set local} would
     * hand the next command a connection that acknowledges events before they are on disk).
     */
    @Test
    void aProjectorTransactionCommitsWithoutWaitingForTheDiskAndLeavesItsConnectionDurable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            JdbcClient sameConnection = JdbcClient.create(single);
            ReadModelStore store = new ReadModelStore(sameConnection, new JdbcTemplate(single), generations.active());
            // as a production server runs (the test server does not wait for its disk at all)
            sameConnection.sql("set synchronous_commit to on").update();
            connection.setAutoCommit(false);

            store.commitAsynchronously();
            String inTransaction = synchronousCommit(sameConnection);
            connection.commit();

            assertThat(inTransaction).isEqualTo("off");
            assertThat(synchronousCommit(sameConnection)).as("after the commit, on the same connection").isEqualTo("on");
            connection.setAutoCommit(true);
            sameConnection.sql("reset synchronous_commit").update();
        }
    }

    private static String synchronousCommit(JdbcClient client) {
        return client.sql("select current_setting('synchronous_commit')").query(String.class).single();
    }

    private void save(ScenarioId id, long version, Horizon horizon) {
        transactions.executeWithoutResult(status ->
                store().capacity().save(id, version, CapacityProjector.project(Assumptions.empty(horizon))));
    }

    private ReadModelStore store() {
        return new ReadModelStore(jdbc, jdbcTemplate, generations.active());
    }

    /** Updates that kept the row's new version on its page without a new index entry (heap-only tuples). */
    private long inPlaceUpdates() {
        return jdbc.sql("select coalesce(sum(n_tup_hot_upd), 0) from pg_stat_user_tables where schemaname = ?"
                        + " and relname in ('projection_quarter', 'projection_year')")
                .param(generations.active().schema()).query(Long.class).single();
    }

    private List<Long> versions(ScenarioId id, String table) {
        return jdbc.sql("select version from " + generations.active().schema() + "." + table + " where scenario_id = ?")
                .param(id.value()).query(Long.class).list();
    }
}
