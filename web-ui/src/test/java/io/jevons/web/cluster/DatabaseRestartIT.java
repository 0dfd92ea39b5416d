package io.jevons.web.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted while planners are changing scenarios: commands fail cleanly (503 problem) while it is
 * down, the node recovers by itself when it is back, every acknowledged change is stored and the read models hold
 * every stored event once. Also after a crash of PostgreSQL (all its processes killed): the projector's
 * transactions commit without waiting for the disk, so a crash may take back its last batches, rows and
 * processor position together, and the events are projected again.
 */
class DatabaseRestartIT {

    private static final int CLIENTS = 4;

    @Test
    void commandsFailCleanlyWhileTheDatabaseIsDownAndSucceedAgainWithoutARestart() throws Exception {
        restartUnderLoad(DatabaseRestartIT::shutDown, (node, database, clients) -> {
            List<String> failures = clients.stream().flatMap(client -> client.failures.stream()).toList();
            assertThat(failures).as("answers while the database was down").isNotEmpty()
                    .allMatch(failure -> failure.startsWith("503 ") || failure.startsWith("unreachable"));
            for (BurstClient client : clients) {
                assertThat(storedEvents(database, client))
                        .as("events of a scenario: every acknowledged change, at most one more in flight")
                        .isBetween(client.acknowledged.get(), client.acknowledged.get() + 1);
            }
        });
    }

    @Test
    void theReadModelsHoldEveryEventOnceAfterADatabaseRestart() throws Exception {
        restartUnderLoad(DatabaseRestartIT::shutDown, DatabaseRestartIT::everyEventProjectedOnce);
    }

    @Test
    void aDatabaseCrashLosesNoAcknowledgedChangeAndTheReadModelsHoldEveryEventOnce() throws Exception {
        restartUnderLoad(DatabaseRestartIT::crash, (node, database, clients) -> {
            for (BurstClient client : clients) {
                assertThat(storedEvents(database, client)).as("events of a scenario after the crash")
                        .isGreaterThanOrEqualTo(client.acknowledged.get());
            }
            everyEventProjectedOnce(node, database, clients);
        });
    }

    private static void everyEventProjectedOnce(AppNode node, NodeDatabase database, List<BurstClient> clients)
            throws Exception {
        database.awaitEveryEventProjected(1);
        assertThat(database.count("select count(*) from eventstore.dead_letter_entry"))
                .as("events dead-lettered for a database outage").isZero();
        assertThat(node.send("POST", "/api/admin/replay", "admin", null, "").statusCode()).isEqualTo(202);
        database.awaitActiveGeneration(2);
        assertThat(database.differingRows(1, 2, "")).as("live read models vs a fresh rebuild").isZero();
    }

    private static long storedEvents(NodeDatabase database, BurstClient client) throws SQLException {
        return database.count("select count(*) from eventstore.domain_event_entry"
                + " where aggregate_identifier = '" + client.scenario + "'");
    }

    /** PostgreSQL's own shutdown: sessions ended, everything written. */
    private static void shutDown(EmbeddedPostgres postgres, Path data) throws IOException {
        postgres.close();
    }

    /** Every PostgreSQL process killed at once, as in a power loss of the database server. */
    private static void crash(EmbeddedPostgres postgres, Path data) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
        processes.add(postmaster);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        postgres.close(); // only frees the library's lock on the data directory: there is no server left to stop
    }

    @FunctionalInterface
    private interface Stop {
        void stop(EmbeddedPostgres postgres, Path data) throws Exception;
    }

    @FunctionalInterface
    private interface AfterRestart {
        void check(AppNode node, NodeDatabase database, List<BurstClient> clients) throws Exception;
    }

    /** A node and planners busy on it; PostgreSQL stopped for 3 s and started again; then the checks. */
    private static void restartUnderLoad(Stop stop, AfterRestart checks) throws Exception {
        Path data = Files.createTempDirectory("jevons-restarted-postgres");
        int port = freePort();
        EmbeddedPostgres postgres = start(data, port);
        NodeDatabase database = new NodeDatabase("jdbc:postgresql://localhost:" + port + "/postgres");
        try (AppNode node = AppNode.start("db-restart", database.url(), "postgres", "postgres")) {
            node.awaitReady(Duration.ofSeconds(150));
            List<BurstClient> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new BurstClient(node, node.createScenario("Through a restart " + i)));
            }
            try (Burst burst = new Burst(clients, false)) {
                burst.awaitAcknowledged(40L * CLIENTS, Duration.ofSeconds(30));
                stop.stop(postgres, data);
                Thread.sleep(3_000);
                long beforeRestart = burst.acknowledged();
                postgres = start(data, port);
                burst.awaitAcknowledged(beforeRestart + 20L * CLIENTS, Duration.ofSeconds(90));
            }
            checks.check(node, database, clients);
        } finally {
            postgres.close();
        }
    }

    /** An embedded PostgreSQL keeping its data and port across restarts, durable like the application's default. */
    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
