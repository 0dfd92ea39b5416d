package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
    /** Every read-model table, and the columns that must match between two builds of it. */
    private static final List<String> TABLES = List.of("scenario_state", "scenario_summary", "audit_entry",
            "projection_quarter", "projection_year");

    private final NodeDatabase database = NodeDatabase.fresh();

    @Test
    void aKilledNodeLosesNoAcknowledgedChangeAndAnInterruptedReplayEqualsAFreshOne() throws Exception {
        List<Client> clients = new ArrayList<>();
        try (AppNode node = node("crash-1")) {
            node.awaitReady(STARTUP);
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(new Client(node, create(node, "Burst " + i)));
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
            for (Client client : clients) {
                long stored = eventsOf(client.scenario);
                assertThat(stored).as("events of a scenario: every acknowledged change, at most one more in flight")
                        .isBetween(client.acknowledged.get(), client.acknowledged.get() + 1);
            }
            awaitEveryEventProjected(1);
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
            awaitActiveGeneration(2);
            assertThat(differingRows(1, 2, clientScenarios(clients))).as("burst scenarios, live vs rebuilt").isZero();
            awaitEveryEventProjected(2);
            startReplay(node);
            awaitActiveGeneration(3);
            assertThat(differingRows(2, 3, "")).as("replay interrupted by kill -9 vs uninterrupted replay").isZero();
            assertThat(database.count("select count(*) from readmodel_g3.audit_entry"))
                    .isEqualTo(database.count("select count(*) from eventstore.domain_event_entry"));
        }
    }

    /** Each client changes its own scenario as fast as it can; the node is killed while they are at it. */
    private static void burstThenKill(AppNode node, List<Client> clients) throws Exception {
        AtomicBoolean go = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(pool.submit(() -> client.changeUntilRefused(go)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    clients.stream().mapToLong(client -> client.acknowledged.get()).sum() > 60 * clients.size());
            node.kill();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            go.set(false);
            pool.shutdownNow();
        }
    }

    private static final class Client {
        final AppNode node;
        final UUID scenario;
        /** The scenario's version in the last answer 200: changes the client was told are stored. */
        final AtomicLong acknowledged = new AtomicLong(1);

        Client(AppNode node, UUID scenario) {
            this.node = node;
            this.scenario = scenario;
        }

        void changeUntilRefused(AtomicBoolean go) {
            try {
                while (go.get()) {
                    long version = acknowledged.get();
                    HttpResponse<String> answer = node.send("PUT", "/api/scenarios/" + scenario + "/demand/baseline",
                            "planner", "\"" + version + "\"",
                            "{\"requestsPerDay\":%s,\"reason\":\"burst\"}".formatted(1e9 + version));
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    acknowledged.set(version + 1);
                }
            } catch (java.io.IOException killed) {
                // the node is gone: the change in flight may or may not have been stored
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitEveryEventProjected(int generation) {
        await("generation " + generation + " holds every event").atMost(Duration.ofSeconds(90)).until(() ->
                database.count("select count(*) from readmodel_g" + generation + ".audit_entry")
                        == database.count("select count(*) from eventstore.domain_event_entry"));
    }

    private void awaitActiveGeneration(int generation) {
        await("generation " + generation + " serves reads").atMost(Duration.ofSeconds(120)).until(() ->
                database.count("select active from readmodel_control.generation") == generation);
    }

    /** Rows in one generation's tables but not the other's, both ways; {@code filter} limits the scenarios. */
    private long differingRows(int one, int other, String filter) throws SQLException {
        long differing = 0;
        for (String table : TABLES) {
            String a = "select * from readmodel_g" + one + "." + table + filter;
            String b = "select * from readmodel_g" + other + "." + table + filter;
            differing += database.count("select count(*) from ((" + a + " except all " + b + ") union all ("
                    + b + " except all " + a + ")) as difference");
        }
        return differing;
    }

    private static String clientScenarios(List<Client> clients) {
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

    private static UUID create(AppNode node, String name) throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = node.send("POST", "/api/scenarios", "planner", null, """
                {"scenarioId":"%s","name":"%s","firstQuarter":"2025Q1","lastQuarter":"2030Q4"}""".formatted(id, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    private AppNode node(String name) throws Exception {
        return AppNode.start(name, database.url(), TestPostgres.user(), TestPostgres.password(),
                "--jevons.read-models.claim-timeout=PT5S");
    }
}
