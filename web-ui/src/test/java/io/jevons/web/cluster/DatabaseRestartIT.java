package io.jevons.web.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL restarted while planners are changing scenarios: commands fail cleanly (503 problem) while it is
 * down, the node recovers by itself when it is back, and every acknowledged change is stored. That the read
 * models then hold every stored event once is a known defect, not yet met (the disabled test; docs/reliability.md).
 */
class DatabaseRestartIT {

    private static final int CLIENTS = 4;

    @Test
    void commandsFailCleanlyWhileTheDatabaseIsDownAndSucceedAgainWithoutARestart() throws Exception {
        restartUnderLoad((node, database, clients) -> {
            List<String> failures = clients.stream().flatMap(client -> client.failures.stream()).toList();
            assertThat(failures).as("answers while the database was down").isNotEmpty()
                    .allMatch(failure -> failure.startsWith("503 ") || failure.startsWith("unreachable"));
            for (BurstClient client : clients) {
                long stored = database.count("select count(*) from eventstore.domain_event_entry"
                        + " where aggregate_identifier = '" + client.scenario + "'");
                assertThat(stored).as("events of a scenario: every acknowledged change, at most one more in flight")
                        .isBetween(client.acknowledged.get(), client.acknowledged.get() + 1);
            }
        });
    }

    @Test
    void theReadModelsHoldEveryEventOnceAfterADatabaseRestart() throws Exception {
        restartUnderLoad((node, database, clients) -> {
            database.awaitEveryEventProjected(1);
            assertThat(database.count("select count(*) from eventstore.dead_letter_entry"))
                    .as("events dead-lettered for a database outage").isZero();
            assertThat(node.send("POST", "/api/admin/replay", "admin", null, "").statusCode()).isEqualTo(202);
            database.awaitActiveGeneration(2);
            assertThat(database.differingRows(1, 2, "")).as("live read models vs a fresh rebuild").isZero();
        });
    }

    @FunctionalInterface
    private interface AfterRestart {
        void check(AppNode node, NodeDatabase database, List<BurstClient> clients) throws Exception;
    }

    /** A node and planners busy on it; PostgreSQL stopped for 3 s and started again; then the checks. */
    private static void restartUnderLoad(AfterRestart checks) throws Exception {
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
                postgres.close();
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
