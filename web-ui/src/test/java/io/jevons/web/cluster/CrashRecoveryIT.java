package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} of the application in the middle of a command burst and in the middle of a replay: after a
 * restart no acknowledged change is lost, every event is in the read models exactly once, and the replay
 * interrupted by the kill builds read models equal row for row to those of an uninterrupted one.
 */
class CrashRecoveryIT {

    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final int CLIENTS = 6;

    private final NodeDatabase database = NodeDatabase.fresh();

    @Test
    void aKilledNodeLosesNoAcknowledgedChangeAndAnInterruptedReplayEqualsAFreshOne() throws Exception {
        List<BurstClient> clients = new ArrayList<>();
        try (AppNode node = node("crash-1")) {
            node.awaitReady(STARTUP);
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new BurstClient(node, node.createScenario("Burst " + i)));
            }
            burstThenKill(node, clients);
        }
        String template = database.query("""
                select aggregate_identifier from eventstore.domain_event_entry
                group by aggregate_identifier order by count(*) desc limit 1""", rows -> {
            rows.next();
            return rows.getString(1);
        });
        // a store big enough for the replay to be killed half-way through
        BenchmarkEvents.append(database, template, 100, 400, 10);

        try (AppNode node = node("crash-2")) {
            node.awaitReady(STARTUP);
            for (BurstClient client : clients) {
                long stored = eventsOf(client.scenario);
                assertThat(stored).as("events of a scenario: every acknowledged change, at most one more in flight")
                        .isBetween(client.acknowledged.get(), client.acknowledged.get() + 1);
            }
            database.awaitEveryEventProjected(1);
            startReplay(node);
            await("the replay has folded some scenarios").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> database.count("select count(*) from readmodel_g2.scenario_state") > 0);
            node.kill();
            assertThat(database.count("select active from readmodel_control.generation")).as("killed before the switch")
                    .isEqualTo(1);
        }

        try (AppNode node = node("crash-3")) {
            node.awaitReady(STARTUP);
            database.awaitActiveGeneration(2);
            assertThat(database.differingRows(1, 2, clientScenarios(clients))).as("burst scenarios, live vs rebuilt").isZero();
            database.awaitEveryEventProjected(2);
            startReplay(node);
            database.awaitActiveGeneration(3);
            assertThat(database.differingRows(2, 3, "")).as("replay interrupted by kill -9 vs uninterrupted replay").isZero();
            assertThat(database.count("select count(*) from readmodel_g3.audit_entry"))
                    .isEqualTo(database.count("select count(*) from eventstore.domain_event_entry"));
        }
    }

    /** Each client changes its own scenario as fast as it can; the node is killed while they are at it. */
    private static void burstThenKill(AppNode node, List<BurstClient> clients) throws Exception {
        try (Burst burst = new Burst(clients, true)) {
            burst.awaitAcknowledged(60L * clients.size(), Duration.ofSeconds(30));
            node.kill();
        }
    }

    private static String clientScenarios(List<BurstClient> clients) {
        return clients.stream().map(client -> "'" + client.scenario + "'")
                .collect(Collectors.joining(", ", " where scenario_id in (", ")"));
    }

    private long eventsOf(UUID scenario) throws SQLException {
        return database.count("select count(*) from eventstore.domain_event_entry where aggregate_identifier = '"
                + scenario + "'");
    }

    private static void startReplay(AppNode node) throws Exception {
        HttpResponse<String> started = node.send("POST", "/api/admin/replay", "admin", null, "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    }

    private AppNode node(String name) throws Exception {
        return AppNode.start(name, database.url(), TestPostgres.user(), TestPostgres.password(),
                "--jevons.read-models.claim-timeout=PT5S");
    }
}
