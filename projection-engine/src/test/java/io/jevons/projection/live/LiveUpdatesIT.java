package io.jevons.projection.live;

import io.jevons.planning.security.Role;
import io.jevons.planning.security.UserAccounts;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An open page hears of a change through server-sent events as soon as the read models have it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresIntegrationTest
class LiveUpdatesIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ScenarioChangeSubscribers subscribers;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aChangeReachesTheOpenEventStreamOfItsScenarioWithinASecond() throws Exception {
        accounts.addIfAbsent("lena", "lena-secret", Role.PLANNER);
        accounts.addIfAbsent("otto", "otto-secret", Role.VIEWER);
        UUID id = UUID.randomUUID();
        send("POST", "/api/scenarios", null, """
                {"scenarioId":"%s","name":"Live","firstQuarter":"2025Q1","lastQuarter":"2026Q4"}""".formatted(id));

        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpRequest subscribe = HttpRequest.newBuilder(uri("/api/scenarios/" + id + "/events"))
                .header("Authorization", basic("otto", "otto-secret")).header("Accept", "text/event-stream").GET().build();
        http.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("data:")).forEach(received::add);
                    }
                });
        Thread.sleep(500); // the stream is open

        long sent = System.nanoTime();
        send("PUT", "/api/scenarios/" + id + "/demand/baseline", "\"1\"",
                "{\"requestsPerDay\":123456789,\"reason\":\"live check\"}");
        String data = nextWith(received, "\"version\":2");
        Duration latency = Duration.ofNanos(System.nanoTime() - sent);

        assertThat(data).isNotNull().contains("\"version\":2", "\"user\":\"lena\"", "Demand baseline: 123,456,789 requests/day");
        assertThat(latency).as("from accepted change to the open page").isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anUnknownScenarioHasNoStreamAndAClosedStreamLeavesNothingBehind() throws Exception {
        accounts.addIfAbsent("lena", "lena-secret", Role.PLANNER);
        accounts.addIfAbsent("otto", "otto-secret", Role.VIEWER);
        int scenariosBefore = subscribers.scenarios();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(uri("/api/scenarios/" + UUID.randomUUID()
                            + "/events")).header("Authorization", basic("otto", "otto-secret"))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
        assertThat(subscribers.scenarios()).isEqualTo(scenariosBefore);

        UUID id = UUID.randomUUID();
        send("POST", "/api/scenarios", null, """
                {"scenarioId":"%s","name":"Closed streams","firstQuarter":"2025Q1","lastQuarter":"2026Q4"}""".formatted(id));
        for (int i = 0; i < 20; i++) {
            HttpResponse<java.io.InputStream> open = http.send(HttpRequest.newBuilder(uri("/api/scenarios/" + id
                            + "/events")).header("Authorization", basic("otto", "otto-secret"))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(open.statusCode()).isEqualTo(200);
            open.body().close();
        }
        // a closed stream is noticed at the next write to it: the heartbeat, or a change of its scenario
        send("PUT", "/api/scenarios/" + id + "/demand/baseline", "\"1\"",
                "{\"requestsPerDay\":1e9,\"reason\":\"wakes the streams\"}");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            subscribers.heartbeat();
            assertThat(subscribers.scenarios()).isEqualTo(scenariosBefore);
        });
    }

    /** The next event with {@code text}, skipping earlier ones (such as the creation's, if it came late). */
    private static String nextWith(BlockingQueue<String> received, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String data = received.poll(100, TimeUnit.MILLISECONDS);
            if (data != null && data.contains(text)) {
                return data;
            }
        }
        return null;
    }

    private void send(String method, String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", basic("lena", "lena-secret")).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
