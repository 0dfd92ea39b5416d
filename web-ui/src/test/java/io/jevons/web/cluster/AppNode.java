package io.jevons.web.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One Jevons node in a JVM of its own, started from the packaged application jar like in production: killing it
 * is a real {@code kill -9}. Its output goes to {@code target/nodes/<name>.log}.
 */
final class AppNode implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("jevons.app.jar", "target/web-ui.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on {@code jdbcUrl} with the demo users; answers at once, before it is ready. */
    static AppNode start(String name, String jdbcUrl, String user, String password, String... extraArguments)
            throws IOException {
        return startWithHeap(name, "384m", jdbcUrl, user, password, extraArguments);
    }

    /** The same, with a heap of at most {@code maxHeap} (a -Xmx value). */
    static AppNode startWithHeap(String name, String maxHeap, String jdbcUrl, String user, String password,
                                 String... extraArguments) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no application jar at " + JAR.toAbsolutePath() + "; run mvn verify");
        }
        int port = freePort();
        Path log = Path.of("target", "nodes", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JAR.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--jevons.demo.enabled=true",
                "--jevons.node-id=" + name));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppNode(name, port, process, log);
    }

    void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended while starting:\n" + tail());
            }
            try {
                if (get("/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String user, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Creates an empty scenario as the demo planner; its id. */
    UUID createScenario(String scenarioName) throws IOException, InterruptedException {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = send("POST", "/api/scenarios", "planner", null, """
                {"scenarioId":"%s","name":"%s","firstQuarter":"2025Q1","lastQuarter":"2030Q4"}""".formatted(id, scenarioName));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(name + " did not create scenario " + scenarioName + ": " + created.body());
        }
        return id;
    }

    /** {@code kill -9}: no shutdown hook, no released claims. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Whether the node's output says so anywhere (its whole log, not just the tail). */
    boolean logged(String text) throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable + ")";
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private URI uri(String path) {
        return URI.create(url(path));
    }

    /** The demo users' password. */
    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":jevons").getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
