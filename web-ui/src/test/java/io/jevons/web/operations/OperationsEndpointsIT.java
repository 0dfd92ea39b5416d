package io.jevons.web.operations;

import io.jevons.planning.security.Role;
import io.jevons.planning.security.UserAccounts;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a platform team's tools see: the probe paths of the Kubernetes manifests answer anyone without details,
 * admins see the read models' health and lag, the monitor user (and only it and admins) scrapes every metric the
 * Grafana dashboard queries, and the bootstrap users come from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jevons.security.admin-password=admin-secret-from-env",
        "jevons.security.monitor-password=monitor-secret-from-env"})
@PostgresIntegrationTest
class OperationsEndpointsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void viewer() {
        accounts.addIfAbsent("olga", "olga-secret", Role.VIEWER);
    }

    @Test
    void theProbesOfTheManifestsAnswerAnyoneAndShowNoDetails() throws Exception {
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            HttpResponse<String> answer = get(InfraFiles.probePath(probe), null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            JsonNode health = JSON.readTree(answer.body());
            assertThat(health.get("status").asString()).isEqualTo("UP");
            assertThat(health.has("components")).as("details for anonymous callers").isFalse();
        }
    }

    @Test
    void adminsSeeTheReadModelsHealthWithLagAndTheDatabase() throws Exception {
        HttpResponse<String> answer = get("/actuator/health", "admin:admin-secret-from-env");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode components = JSON.readTree(answer.body()).get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        JsonNode readModels = components.get("readModels");
        assertThat(readModels.get("status").asString()).isEqualTo("UP");
        assertThat(readModels.at("/details/activeGeneration").asInt()).isPositive();
        assertThat(readModels.at("/details/lagEvents").isNumber()).isTrue();
        assertThat(readModels.at("/details/processors").size()).isEqualTo(1);
    }

    @Test
    void onlyTheMonitorAndAdminsScrapeMetricsAndTheyHoldEveryMetricOfTheDashboard() throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = post("/api/scenarios", "admin:admin-secret-from-env", """
                {"scenarioId":"%s","name":"Metered","firstQuarter":"2025Q1","lastQuarter":"2030Q4"}""".formatted(id));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).isPresent();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                get("/api/scenarios/" + id, "olga:olga-secret").statusCode() == 200);

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "olga:olga-secret").statusCode()).isEqualTo(403);
        assertThat(get("/api/scenarios", "monitor:monitor-secret-from-env").statusCode())
                .as("the monitor reads metrics, not plans").isEqualTo(403);
        HttpResponse<String> scrape = get("/actuator/prometheus", "monitor:monitor-secret-from-env");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", "admin:admin-secret-from-env").statusCode()).isEqualTo(200);
        List<String> dashboard = InfraFiles.dashboardMetrics();
        assertThat(dashboard).hasSizeGreaterThan(5);
        for (String metric : dashboard) {
            assertThat(scrape.body()).as("metric " + metric + " of the dashboard").containsPattern("(?m)^" + metric + "[{ ]");
        }
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), credentials);
    }

    private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String credentials) throws Exception {
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
