/*
 * Jevons load harness: one file, the JDK only (java infra/bench/Load.java …). Drives a running Jevons over HTTP
 * like its users would and prints figures for docs/benchmarks.md.
 *
 * Scenarios are 40 quarters (2024Q1-2033Q4) holding the default scenario's assumptions.
 *
 *   commands   N clients, each changing its own scenario as fast as it can (If-Match = its last version),
 *              and one server-sent-event subscriber per scenario timing accepted change -> live update
 *   reads      the projection of a 40-quarter scenario, open loop at a fixed rate (latency from the
 *              scheduled send time, so a slow answer cannot hide the requests queued behind it)
 *   asof       a scenario with 1,000 events: as-of projections, and Shapley attribution of its last 12 events
 *   scenarios  creates --clients scenarios and prints them as id:version, for wrk and commands.lua
 *   imports    a history file of --events events (the default scenario's, then orders placed and resized,
 *              model-mix edits and comments, ~640 bytes each), streamed to the import endpoint --repeat times
 *
 * Options: --url http://localhost:8080  --user planner:jevons  --clients 16  --seconds 30  --warmup 10
 *          --rate 500 (reads: requests/s; commands: commands/s in all, default as fast as possible)
 */

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Load {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern SCENARIO_ID = Pattern.compile("\"scenarioId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String url;
    private final String authorization;
    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();

    Load(Map<String, String> options) {
        this.options = options;
        this.url = options.getOrDefault("url", "http://localhost:8080");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                options.getOrDefault("user", "planner:jevons").getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java infra/bench/Load.java commands|reads|asof|scenarios|imports [--option value …]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Load load = new Load(options);
        switch (args[0]) {
            case "commands" -> load.commands();
            case "reads" -> load.reads();
            case "asof" -> load.asOf();
            case "scenarios" -> load.scenarios();
            case "imports" -> load.imports();
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------- commands

    void commands() throws Exception {
        int clients = intOption("clients", 16);
        int seconds = intOption("seconds", 30);
        int warmup = intOption("warmup", 10);
        // --rate: commands per second in all, paced per client; 0 = as fast as the clients can
        long pauseNanos = intOption("rate", 0) == 0 ? 0 : TimeUnit.SECONDS.toNanos(clients) / intOption("rate", 0);
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            scenarios.add(createScenario("Load " + i, "2024Q1", "2033Q4", true));
        }
        Map<String, Map<Long, Long>> acceptedAt = new ConcurrentHashMap<>();
        Collection<Long> liveLagsNanos = new ConcurrentLinkedQueue<>();
        AtomicLong measuring = new AtomicLong(Long.MAX_VALUE);
        for (Scenario scenario : scenarios) {
            acceptedAt.put(scenario.id, new ConcurrentHashMap<>());
            subscribe(scenario.id, (version, receivedAt) -> {
                Map<Long, Long> accepted = acceptedAt.get(scenario.id);
                // one live update may announce several versions that committed in one batch
                accepted.entrySet().removeIf(entry -> {
                    if (entry.getKey() <= version) {
                        if (entry.getValue() >= measuring.get()) {
                            liveLagsNanos.add(receivedAt - entry.getValue());
                        }
                        return true;
                    }
                    return false;
                });
            });
        }
        Thread.sleep(1000); // subscriptions open

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        measuring.set(measureFrom);
        Recorder latencies = new Recorder();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (Scenario scenario : scenarios) {
            new Thread(() -> {
                try {
                    long version = scenario.version;
                    int i = 0;
                    long next = System.nanoTime();
                    while (System.nanoTime() < end) {
                        if (pauseNanos > 0) {
                            next += pauseNanos;
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                        }
                        String body = "{\"requestsPerDay\":%d,\"reason\":\"load test\"}".formatted(1_000_000_000L + i++);
                        // paced: latency counts from the planned send time, so a slow answer also counts the
                        // wait of the command planned behind it (no coordinated omission)
                        long sent = pauseNanos > 0 ? next : System.nanoTime();
                        HttpResponse<String> answer = send("PUT", "/api/scenarios/" + scenario.id + "/demand/baseline",
                                body, "\"" + version + "\"");
                        long received = System.nanoTime();
                        if (answer.statusCode() != 200) {
                            failures.incrementAndGet();
                            version = versionIn(send("GET", "/api/scenarios/" + scenario.id, null, null).body());
                            continue;
                        }
                        version = versionIn(answer.body());
                        acceptedAt.get(scenario.id).put(version, received);
                        if (sent >= measureFrom) {
                            latencies.add(received - sent);
                        }
                    }
                } catch (Exception failed) {
                    failed.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        Thread.sleep(2000); // last live updates
        System.out.printf("commands: %d clients%s, %d s measured after %d s warm-up%n", clients,
                pauseNanos == 0 ? "" : " paced to " + intOption("rate", 0) + "/s in all", seconds, warmup);
        System.out.printf("  accepted %,d (%.0f/s), failed %d%n", latencies.count(), latencies.count() / (double) seconds,
                failures.get());
        System.out.println("  latency    " + latencies.summary());
        System.out.println("  live lag   " + new Recorder(liveLagsNanos).summary()
                + " (accepted change -> server-sent event)");
    }

    void scenarios() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < intOption("clients", 16); i++) {
            Scenario scenario = createScenario("wrk " + i, "2024Q1", "2033Q4", true);
            created.add(scenario.id + ":" + scenario.version);
        }
        System.out.println(String.join(" ", created));
    }

    // ------------------------------------------------------------------------------------------------- reads

    void reads() throws Exception {
        int rate = intOption("rate", 500);
        int seconds = intOption("seconds", 30);
        int warmup = intOption("warmup", 10);
        Scenario scenario = createScenario("Reads", "2024Q1", "2033Q4", true);
        awaitProjected(scenario);
        String path = "/api/scenarios/" + scenario.id + "/projection";
        System.out.printf("reads: GET %s (40 quarters), %d/s open loop%n", path, rate);
        openLoop(path, rate, warmup, true);
        Recorder measured = openLoop(path, rate, seconds, false);
        System.out.println("  latency    " + measured.summary());
    }

    private Recorder openLoop(String path, int rate, int seconds, boolean quiet) throws Exception {
        Recorder latencies = new Recorder();
        AtomicLong failures = new AtomicLong();
        int total = rate * seconds;
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            clock.schedule(() -> http.sendAsync(request("GET", path, null, null), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((answer, failure) -> {
                        if (failure != null || answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else {
                            latencies.add(System.nanoTime() - due);
                        }
                        done.countDown();
                    }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        clock.shutdown();
        if (!quiet) {
            System.out.printf("  answered %,d of %,d in %d s, failed %d%n", latencies.count(), total, seconds, failures.get());
        }
        return latencies;
    }

    // ------------------------------------------------------------------------------------------------- as-of

    void asOf() throws Exception {
        Scenario scenario = createScenario("As-of 1000", "2024Q1", "2033Q4", true);
        while (scenario.version < 1000) {
            scenario = change(scenario, "/demand/baseline",
                    "{\"requestsPerDay\":%d,\"reason\":\"step %d\"}".formatted(1_000_000_000L + scenario.version, scenario.version));
        }
        awaitProjected(scenario);
        System.out.printf("as-of: scenario with %d events (40 quarters)%n", scenario.version);
        time("  as-of the last version   ", "/api/scenarios/" + scenario.id + "/projection?asOf=1000", 30);
        time("  as-of version 500        ", "/api/scenarios/" + scenario.id + "/projection?asOf=500", 30);
        time("  Shapley of the last 12   ", "/api/scenarios/" + scenario.id
                + "/attribution?metric=total-cost:2030&from=988&to=1000&method=shapley", 10);
    }

    private void time(String label, String path, int times) throws Exception {
        Recorder latencies = new Recorder();
        for (int i = 0; i < times + 3; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = send("GET", path, null, null);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 3) {
                latencies.add(System.nanoTime() - sent);
            }
        }
        System.out.println(label + latencies.summary());
    }

    // ----------------------------------------------------------------------------------------------- imports

    void imports() throws Exception {
        int events = intOption("events", 100_000);
        int repeat = intOption("repeat", 3);
        Scenario source = createScenario("Import source", "2024Q1", "2030Q4", true);
        String exported = send("GET", "/api/scenarios/" + source.id + "/export", null, null).body();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("jevons-import-", ".json");
        try {
            writeHistory(file, exported, events);
            System.out.printf("imports: a history of %,d events, %,d bytes%n", events, java.nio.file.Files.size(file));
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/api/scenarios/import"))
                        .timeout(Duration.ofMinutes(10)).header("Authorization", authorization)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - started) / 1e9;
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("import: " + answer.statusCode() + " " + answer.body());
                }
                System.out.printf("  import %d: %.2f s, %,.0f events/s, version %d%n", i + 1, seconds, events / seconds,
                        versionIn(answer.body()));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    /** The exported history, then generated events up to {@code total}, written as one history file. */
    private static void writeHistory(java.nio.file.Path file, String exported, int total) throws Exception {
        int existing = (int) Pattern.compile("\"version\":\\d+,\"type\"").matcher(exported).results().count();
        String[] quarters = {"2026Q1", "2026Q2", "2026Q3", "2026Q4", "2027Q1", "2027Q2", "2027Q3", "2027Q4"};
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(exported, 0, exported.lastIndexOf("]}"));
            for (int version = existing + 1; version <= total; version++) {
                int generated = version - existing - 1;
                int k = generated / 4;
                String[] event = switch (generated % 4) {
                    case 0 -> new String[]{"procurement.ChipsOrdered", ("\"order\":\"bench-%d\",\"chipType\":\"h100\","
                            + "\"quantity\":100,\"deliveryQuarter\":\"%s\",\"unitPrice\":30000,\"reason\":\"bench order %d\"")
                            .formatted(k, quarters[k % quarters.length], k)};
                    case 1 -> new String[]{"procurement.OrderQuantityChanged",
                            "\"order\":\"bench-%d\",\"quantity\":120,\"reason\":\"bench resize %d\"".formatted(k, k)};
                    case 2 -> new String[]{"mix.ModelMixSet", ("\"from\":\"%s\",\"shares\":{\"chat\":0.6,\"reasoning\":0.25,"
                            + "\"agent\":0.15},\"reason\":\"bench mix %d\"").formatted(quarters[k % quarters.length], k)};
                    default -> new String[]{"notes.CommentAdded",
                            "\"text\":\"bench comment %d on how the plan holds up\",\"aboutVersion\":null".formatted(k)};
                };
                out.write(",{\"version\":" + version + ",\"type\":\"io.jevons.planning.api." + event[0]
                        + "\",\"revision\":\"1\",\"time\":\"2025-06-01T09:00:00Z\",\"metadata\":{\"user\":\"bench\","
                        + "\"source\":\"generated by Load.java imports\"},\"payload\":{\"scenarioId\":"
                        + "\"00000000-0000-0000-0000-000000000000\"," + event[1] + "}}");
            }
            out.write("]}");
        }
    }

    // --------------------------------------------------------------------------------------------- plumbing

    private Scenario createScenario(String name, String first, String last, boolean fromDefault) throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> created = send("POST", "/api/scenarios", """
                {"scenarioId":"%s","name":"%s","firstQuarter":"%s","lastQuarter":"%s","fromDefault":%s}"""
                .formatted(id, name, first, last, fromDefault), null);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("create: " + created.statusCode() + " " + created.body());
        }
        Matcher matcher = SCENARIO_ID.matcher(created.body());
        return new Scenario(matcher.find() ? matcher.group(1) : id, versionIn(created.body()));
    }

    private Scenario change(Scenario scenario, String path, String json) throws Exception {
        HttpResponse<String> answer = send("PUT", "/api/scenarios/" + scenario.id + path, json,
                "\"" + scenario.version + "\"");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return new Scenario(scenario.id, versionIn(answer.body()));
    }

    private void awaitProjected(Scenario scenario) throws Exception {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> read = send("GET", "/api/scenarios/" + scenario.id, null, null);
            if (read.statusCode() == 200 && versionIn(read.body()) >= scenario.version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("scenario " + scenario.id + " not projected");
    }

    /** Calls {@code onChange(version, nanoTime)} for every 'change' event of the scenario's live stream. */
    private void subscribe(String scenarioId, LiveListener onChange) {
        Thread subscriber = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
                                URI.create(url + "/api/scenarios/" + scenarioId + "/events"))
                        .header("Authorization", authorization).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("id:")) {
                            onChange.changed(Long.parseLong(line.substring(3).trim()), System.nanoTime());
                        }
                    }
                }
            } catch (Exception ended) {
                // the benchmark is over
            }
        });
        subscriber.setDaemon(true);
        subscriber.start();
    }

    private HttpResponse<String> send(String method, String path, String json, String ifMatch) throws Exception {
        return http.send(request(method, path, json, ifMatch), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static long versionIn(String json) {
        Matcher matcher = VERSION.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no version in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private record Scenario(String id, long version) {
    }

    @FunctionalInterface
    private interface LiveListener {
        void changed(long version, long receivedAtNanos);
    }

    /** Latencies in nanoseconds; summarised as percentiles in milliseconds. */
    private static final class Recorder {
        private final Collection<Long> nanos; // a queue: copying a list on every add slowed the harness at 1,500/s

        Recorder() {
            this(new ConcurrentLinkedQueue<>());
        }

        Recorder(Collection<Long> nanos) {
            this.nanos = nanos;
        }

        void add(long value) {
            nanos.add(value);
        }

        int count() {
            return nanos.size();
        }

        String summary() {
            if (nanos.isEmpty()) {
                return "no samples";
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)".formatted(ms(sorted, 0.50),
                    ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }
}
