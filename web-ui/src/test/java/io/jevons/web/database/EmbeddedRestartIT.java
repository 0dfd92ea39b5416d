package io.jevons.web.database;

import io.jevons.JevonsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two-command promise: with no database configured, Jevons starts its own PostgreSQL, and what
 * was planned is still there after a restart on the same data directory.
 */
class EmbeddedRestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aScenarioSurvivesARestartOnTheSameDataDirectory(@TempDir Path dataDirectory) throws Exception {
        UUID id = UUID.randomUUID();
        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(app, "/api/scenarios"))
                    .header("Authorization", basic("planner"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"scenarioId":"%s","name":"Survivor","firstQuarter":"2025Q1","lastQuarter":"2030Q4"}
                            """.formatted(id)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> list(app).contains(id.toString()));
        }

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            assertThat(list(app)).contains(id.toString(), "Survivor", "AI inference 2024–2030");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        // arguments, not default properties: application.yml outranks those, and its port 8080 may be the running app's
        return new SpringApplicationBuilder(JevonsApplication.class)
                .run("--server.port=0", "--jevons.embedded-postgres.data-directory=" + dataDirectory);
    }

    private String list(ConfigurableApplicationContext app) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(app, "/api/scenarios"))
                .header("Authorization", basic("viewer")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    /** The demo users of an embedded installation. */
    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":jevons").getBytes(StandardCharsets.UTF_8));
    }
}
