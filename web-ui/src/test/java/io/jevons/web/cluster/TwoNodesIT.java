package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application JVMs on one PostgreSQL, as in production: commands on both, every event projected exactly once
 * with the processor's segments split between the nodes through the token store, the same answers on both, and
 * after a {@code kill -9} of one node the other takes over its segments and goes on projecting.
 */
class TwoNodesIT {

    private static final String PROCESSOR = "readmodels-g1";
    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NodeDatabase database = NodeDatabase.fresh();

    @Test
    void twoNodesShareTheProjectionExactlyOnceAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        // both start at once on an empty database: migrations, demo users and demo scenario race for real
        try (AppNode a = node("node-a"); AppNode b = node("node-b")) {
            a.awaitReady(STARTUP);
            b.awaitReady(STARTUP);
            await("segments split 2/2").atMost(Duration.ofSeconds(60)).until(() ->
                    segmentsByOwner().equals(Map.of("node-a", 2, "node-b", 2)));
            aBrowserSignedInOnOneNodeIsSignedInOnTheOther(a, b);

            List<Scenario> scenarios = new ArrayList<>();
            // a dozen scenarios: each lands on a segment by its id, so both nodes surely get some
            for (int i = 0; i < 12; i++) {
                scenarios.add(create(i % 2 == 0 ? a : b, "Scale-out " + i));
            }
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < scenarios.size(); i++) {
                    AppNode via = (round + i) % 2 == 0 ? a : b;
                    scenarios.set(i, changeBaseline(via, scenarios.get(i), 1e9 * (round + 2)));
                }
            }
            long events = count("select count(*) from eventstore.domain_event_entry");
            assertThat(count("select count(distinct aggregate_identifier) from eventstore.domain_event_entry"))
                    .as("the demo scenario is loaded once, not once per node").isEqualTo(13);

            await("every event projected").atMost(Duration.ofSeconds(30)).until(() ->
                    count("select count(*) from readmodel_g1.audit_entry") == events);
            double appliedA = projected(a, "applied");
            double appliedB = projected(b, "applied");
            assertThat(appliedA + appliedB).as("applied on a + b").isEqualTo(events);
            assertThat(appliedA).isPositive();
            assertThat(appliedB).isPositive();
            assertThat(projected(a, "stored-already") + projected(b, "stored-already")).isZero();
            for (Scenario scenario : scenarios) {
                String path = "/api/scenarios/" + scenario.id() + "/projection";
                assertThat(body(a, path)).isEqualTo(body(b, path)).contains("\"version\":" + scenario.version());
            }
            assertThat(scenarioList(a)).isEqualTo(scenarioList(b));

            b.kill();
            for (int i = 0; i < scenarios.size(); i++) {
                scenarios.set(i, changeBaseline(a, scenarios.get(i), 9e9 + i));
            }
            long eventsAfterKill = count("select count(*) from eventstore.domain_event_entry");
            await("node-a takes over every segment").atMost(Duration.ofSeconds(40)).until(() ->
                    segmentsByOwner().equals(Map.of("node-a", 4)));
            await("events after the kill projected").atMost(Duration.ofSeconds(30)).until(() ->
                    count("select count(*) from readmodel_g1.audit_entry") == eventsAfterKill);
            for (Scenario scenario : scenarios) {
                assertThat(body(a, "/api/scenarios/" + scenario.id() + "/projection"))
                        .contains("\"version\":" + scenario.version());
            }
        }
    }

    /** Sessions live in PostgreSQL: a proxy may send a signed-in browser to any node. */
    private static void aBrowserSignedInOnOneNodeIsSignedInOnTheOther(AppNode a, AppNode b) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(a.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=planner&password=jevons&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        HttpResponse<String> onTheOtherNode = browser.send(HttpRequest.newBuilder(URI.create(b.url("/scenarios")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onTheOtherNode.statusCode()).isEqualTo(200);
        assertThat(onTheOtherNode.body()).contains("Sign out", "planner");
    }

    private AppNode node(String name) throws Exception {
        // a short claim timeout, so that the take-over is quick to see
        return AppNode.start(name, database.url(), TestPostgres.user(), TestPostgres.password(),
                "--jevons.read-models.claim-timeout=PT5S");
    }

    private static Scenario create(AppNode node, String name) throws Exception {
        return new Scenario(node.createScenario(name), 1);
    }

    private static Scenario changeBaseline(AppNode node, Scenario scenario, double requestsPerDay) throws Exception {
        HttpResponse<String> changed = node.send("PUT", "/api/scenarios/" + scenario.id() + "/demand/baseline",
                "planner", "\"" + scenario.version() + "\"",
                "{\"requestsPerDay\":%s,\"reason\":\"via %s\"}".formatted(requestsPerDay, node.name));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return new Scenario(scenario.id(), scenario.version() + 1);
    }

    /** This node's count of projected events of the first generation with that outcome. */
    private static double projected(AppNode node, String outcome) throws Exception {
        String metrics = body(node, "/actuator/prometheus", "admin");
        return metrics.lines()
                .filter(line -> line.startsWith("jevons_events_projected_total{"))
                .filter(line -> line.contains("outcome=\"" + outcome + "\"") && line.contains("processor=\"" + PROCESSOR + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static JsonNode scenarioList(AppNode node) throws Exception {
        return JSON.readTree(body(node, "/api/scenarios"));
    }

    private static String body(AppNode node, String path) throws Exception {
        return body(node, path, "viewer");
    }

    private static String body(AppNode node, String path, String user) throws Exception {
        HttpResponse<String> response = node.get(path, user);
        assertThat(response.statusCode()).as(node.name + " " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private Map<String, Integer> segmentsByOwner() throws SQLException {
        return database.query("select owner, count(*) from eventstore.token_entry where processor_name = '" + PROCESSOR
                + "' group by owner", rows -> {
            Map<String, Integer> owners = new HashMap<>();
            while (rows.next()) {
                owners.put(rows.getString(1) == null ? "(nobody)" : rows.getString(1), rows.getInt(2));
            }
            return owners;
        });
    }

    private long count(String sql) throws SQLException {
        return database.count(sql);
    }

    private record Scenario(UUID id, long version) {
    }
}
