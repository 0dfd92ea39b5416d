package io.jevons.web.cluster;

import io.jevons.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history file at both default import limits (100,000 events, just under 64 MB) imported into a node with a heap
 * of 192 MB, three times the file: it is read as it streams in, stored, projected, and the node goes on answering
 * without an OutOfMemoryError.
 */
class ImportMemoryIT {

    private static final int EVENTS = 100_000;
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Duration STARTUP = Duration.ofSeconds(150);

    @Test
    void anImportAtTheLimitsOnASmallHeapIsStoredAndProjectedWithoutRunningOutOfMemory() throws Exception {
        NodeDatabase database = NodeDatabase.fresh();
        Path file = Files.createTempFile("jevons-import-limit-", ".json");
        try (AppNode node = AppNode.startWithHeap("import-memory", "192m", database.url(), TestPostgres.user(),
                TestPostgres.password())) {
            node.awaitReady(STARTUP);
            String source = node.send("POST", "/api/scenarios", "planner", null, """
                    {"name":"Default","firstQuarter":"2024Q1","lastQuarter":"2030Q4","fromDefault":true}""").body()
                    .replaceAll(".*\"scenarioId\":\"([^\"]+)\".*", "$1");
            writeHistory(file, node.get("/api/scenarios/" + source + "/export", "viewer").body());
            assertThat(Files.size(file)).as("the file's bytes").isBetween(MAX_BYTES - 4 * 1024 * 1024, MAX_BYTES);

            HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(node.url("/api/scenarios/import"))).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "planner:jevons".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(imported.statusCode()).as(imported.body() + "\n" + node.tail()).isEqualTo(201);
            assertThat(imported.body()).contains("\"version\":" + EVENTS);
            database.awaitEveryEventProjected(1);
            assertThat(node.get("/api/scenarios", "viewer").statusCode()).isEqualTo(200);
            assertThat(node.logged("OutOfMemoryError")).as("an OutOfMemoryError in the log").isFalse();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The exported demo history, then orders placed and resized, mix edits and comments up to {@value #EVENTS}. */
    private static void writeHistory(Path file, String exported) throws IOException {
        int existing = exported.split("\"type\":\"io\\.jevons", -1).length - 1;
        String padding = "x".repeat(320); // reasons long enough to bring the file near the byte limit
        String[] quarters = {"2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1", "2027Q2", "2027Q3", "2027Q4"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(exported, 0, exported.lastIndexOf("]}"));
            for (int version = existing + 1; version <= EVENTS; version++) {
                int generated = version - existing - 1;
                int k = generated / 4;
                String quarter = quarters[k % quarters.length];
                String[] event = switch (generated % 4) {
                    case 0 -> new String[]{"procurement.ChipsOrdered", "\"order\":\"limit-" + k + "\",\"chipType\":\"h100\","
                            + "\"quantity\":100,\"deliveryQuarter\":\"" + quarter + "\",\"unitPrice\":30000,"};
                    case 1 -> new String[]{"procurement.OrderQuantityChanged", "\"order\":\"limit-" + k + "\",\"quantity\":120,"};
                    case 2 -> new String[]{"mix.ModelMixSet", "\"from\":\"" + quarter
                            + "\",\"shares\":{\"chat\":0.6,\"reasoning\":0.25,\"agent\":0.15},"};
                    default -> new String[]{"actuals.ActualsRecorded", "\"quarter\":\"" + quarter
                            + "\",\"chipsDelivered\":" + k + ",\"tokensServed\":null,\"spend\":null,"};
                };
                out.write(",{\"version\":" + version + ",\"type\":\"io.jevons.planning.api." + event[0]
                        + "\",\"revision\":\"1\",\"time\":\"2025-06-01T09:00:00Z\",\"metadata\":{\"user\":\"importer\"},"
                        + "\"payload\":{\"scenarioId\":\"00000000-0000-0000-0000-000000000000\"," + event[1]
                        + "\"reason\":\"generated " + generated + " " + padding + "\"}}");
            }
            out.write("]}");
        }
    }
}
