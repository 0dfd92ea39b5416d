package io.jevons.web.api;

import io.jevons.testsupport.ChangeEndpoints;
import io.jevons.testsupport.ChangeEndpoints.Endpoint;
import io.jevons.planning.security.Role;
import io.jevons.planning.security.UserAccounts;
import io.jevons.testsupport.PostgresIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole HTTP surface, taken from the OpenAPI document and the actuator index rather than from a list kept by
 * hand: nobody unauthenticated gets anything, viewers change nothing (they only review proposals), only admins
 * administer (and unlock); and
 * fuzzed input to every change endpoint is answered with a 4xx problem, never a 500, and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jevons.limits.import-body=2MB")
@PostgresIntegrationTest
class ApiSurfaceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM = "application/problem+json";
    /** What a problem's detail must not show people: Java packages, nested classes, exceptions. */
    private static final String JAVA_NAMES = "(java|io\\.jevons|tools\\.jackson)\\.|\\w\\$\\w|Exception|`";
    /** Values that are wrong for some field of every body: types, extremes, control and astral characters. */
    private static final List<String> BAD_VALUES = List.of("\"x\"", "1e309", "-1e309", "9223372036854775808",
            "-9223372036854775809", "1e-400", "NaN", "true", "[]", "{}", "null", "\"\"", "\"\\u0000\"",
            "\"" + "\uD83D\uDE80\u202E".repeat(20_000) + "\"", "0", "-1");
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "\"text\"", "null", "{\"a\":}",
            "{\"reason\":\"" + "a".repeat(1_100_000) + "\"}", "x".repeat(1_100_000));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void users() {
        accounts.addIfAbsent("vera", "vera-secret", Role.VIEWER);
        accounts.addIfAbsent("paul", "paul-secret", Role.PLANNER);
        accounts.addIfAbsent("ada", "ada-secret", Role.ADMIN);
    }

    @Test
    void everyEndpointRefusesTheUnauthenticatedViewersChangeNothingAndOnlyAdminsAdminister() throws Exception {
        UUID id = createScenario("Surface");
        List<Operation> operations = documentedOperations(id);
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(30);
        long eventsBefore = events();
        for (Operation operation : operations) {
            HttpResponse<String> anonymous = send(operation.method(), operation.path(), null, "{}");
            assertThat(anonymous.statusCode()).as("anonymous " + operation).isEqualTo(401);
            if (operation.path().startsWith("/api/admin/") || operation.path().endsWith("/unlock")) {
                assertThat(send(operation.method(), operation.path(), "vera:vera-secret", "{}").statusCode())
                        .as("viewer " + operation).isEqualTo(403);
                assertThat(send(operation.method(), operation.path(), "paul:paul-secret", "{}").statusCode())
                        .as("planner " + operation).isEqualTo(403);
            } else if (operation.path().matches(".*/proposals/[^/]+/(comments|reviews)")) {
                assertThat(send(operation.method(), operation.path(), "vera:vera-secret", "{}").statusCode())
                        .as("viewer " + operation).isNotIn(401, 403).isLessThan(500);
            } else if (!operation.method().equals("GET")) {
                assertThat(send(operation.method(), operation.path(), "vera:vera-secret", "{}").statusCode())
                        .as("viewer " + operation).isEqualTo(403);
            }
        }
        for (String endpoint : actuatorEndpoints()) {
            int anonymous = send("GET", endpoint, null, null).statusCode();
            int viewer = send("GET", endpoint, "vera:vera-secret", null).statusCode();
            if (endpoint.startsWith("/actuator/health")) {
                assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(200);
            } else {
                assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
                assertThat(viewer).as("viewer " + endpoint).isEqualTo(403);
            }
        }
        assertThat(events()).as("events stored by refused requests").isEqualTo(eventsBefore);
    }

    @Test
    void fuzzedInputIsAlwaysAProblemNeverA500AndARefusedRequestStoresNothing() throws Exception {
        UUID id = createScenario("Fuzzed");
        for (Endpoint prepared : ChangeEndpoints.PREPARED) {
            assertThat(change(id, prepared.method().name(), prepared.path(), prepared.body()).statusCode()).isEqualTo(200);
        }
        List<Endpoint> endpoints = new ArrayList<>(ChangeEndpoints.RECORDS); // while the scenario takes them all
        endpoints.addAll(ChangeEndpoints.ALL);
        endpoints.add(new Endpoint(org.springframework.http.HttpMethod.POST, "/forks", "{\"name\":\"fork\"}"));
        int requests = 0;
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            for (String body : fuzzed(endpoint.body())) {
                long before = events();
                HttpResponse<String> answer = change(id, endpoint.method().name(), endpoint.path(), body);
                requests++;
                String what = endpoint + " with " + abbreviated(body) + ": " + abbreviated(answer.body());
                softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
                if (answer.statusCode() >= 400) {
                    softly.assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(PROBLEM);
                    softly.assertThat(JSON.readTree(answer.body()).get("detail").asString()).as(what).isNotBlank()
                            .doesNotContainPattern(JAVA_NAMES);
                    softly.assertThat(events()).as("events after " + what).isEqualTo(before);
                }
            }
        }
        softly.assertAll();
        HttpResponse<String> notJson = http.send(HttpRequest.newBuilder(uri("/api/scenarios/" + id + "/demand/baseline"))
                .header("Authorization", basic("paul:paul-secret")).header("If-Match", "\"" + version(id) + "\"")
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[]{(byte) 0xC3, (byte) 0x28, '{'})).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(415);
        assertThat(requests).isGreaterThan(500);
        // what was accepted reaches the read models: one event they cannot store would stop its segment for good
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode readModels = JSON.readTree(send("GET", "/actuator/health/readModels", "ada:ada-secret", null).body());
            assertThat(readModels.get("status").asString()).isEqualTo("UP");
            assertThat(readModels.get("details").get("lagEvents").asLong()).isZero();
        });
    }

    @Test
    void aRefusedOrUnknownPathIsAProblemForApiClientsAndAPageForBrowsers() throws Exception {
        UUID id = createScenario("Paths");
        Map<String, Integer> paths = Map.of(
                "/api/scenarios//projection", 400,                         // refused by the firewall
                "/api/scenarios/" + id + ";x=1/projection", 400,
                "/api/scenarios/" + id + "%2Fprojection", 400,              // refused by Tomcat itself
                "/api/scenarios/" + id + "%00/projection", 400,
                "/api/scenarios/" + id + "/nothing-here", 404,             // no endpoint
                "/api/nothing-here", 404);
        for (Map.Entry<String, Integer> path : paths.entrySet()) {
            for (String method : List.of("GET", "POST")) {
                HttpResponse<String> answer = send(method, path.getKey(), "paul:paul-secret", method.equals("POST") ? "{}" : null);
                String what = method + " " + path.getKey() + ": " + answer.body();
                assertThat(answer.statusCode()).as(what).isEqualTo(path.getValue());
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(PROBLEM);
                JsonNode problem = JSON.readTree(answer.body());
                assertThat(problem.get("status").asInt()).as(what).isEqualTo(path.getValue());
                assertThat(problem.get("field").asString()).as(what).isEqualTo("path");
                assertThat(problem.get("detail").asString()).as(what).isNotBlank();
            }
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/nothing-here"))
                .header("Authorization", basic("paul:paul-secret")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    /** Query values that are wrong for some parameter of every read: dates and numbers at and past the extremes. */
    private static final List<String> BAD_QUERY_VALUES = List.of("+294277-01-01T00:00:00Z", "-4714-11-23T00:00:00Z",
            "+1000000000-12-31T23:59:59Z", "0000-01-01", "9999-12-31", "2025-13-45", "2025-02-30T25:61:00Z",
            "99999999999999999999", "9223372036854775807", "-9223372036854775808", "-1", "0", "1e309", "NaN", "x", "",
            "tag:", "tag:" + "n".repeat(300), "%00", "%E2%80%AE", "total-cost:99999Q9", "capex:-2025", "x".repeat(5000),
            "NOSUCH", "shapley");
    /** A valid value of each required query parameter, so that the one fuzzed is the one refused. */
    private static final Map<String, String> VALID_QUERY_VALUES = Map.of("metric", "total-cost:2027",
            "asOf", "2025-06-30");

    @Test
    void fuzzedQueryParametersOfEveryReadAreAProblemNeverA500() throws Exception {
        UUID id = createScenario("Fuzzed reads");
        assertThat(change(id, "PUT", "/demand/baseline", "{\"requestsPerDay\":1e9,\"reason\":\"a second version\"}")
                .statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(send("GET", "/v3/api-docs", "ada:ada-secret", null).body());
        assertThat(document.at("/info/description").asString()).as("the glossary in the API's description")
                .contains("| `demand.growth` | Demand growth | PERCENT |", "| `costPerMillionTokens` | Cost per million tokens |");
        JsonNode paths = document.get("paths");
        int requests = 0;
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths.propertyNames()) {
            JsonNode get = paths.get(path).get("get");
            if (get == null || path.endsWith("/events")) {
                continue;
            }
            String concrete = path.replace("{scenarioId}", id.toString()).replaceAll("\\{[^}]+}", "x1");
            List<String> parameters = new ArrayList<>();
            Map<String, String> required = new LinkedHashMap<>();
            for (JsonNode parameter : get.path("parameters")) {
                if ("query".equals(parameter.get("in").asString())) {
                    String name = parameter.get("name").asString();
                    parameters.add(name);
                    if (parameter.path("required").asBoolean()) {
                        required.put(name, VALID_QUERY_VALUES.get(name));
                    }
                }
            }
            for (String parameter : parameters) {
                for (String value : BAD_QUERY_VALUES) {
                    StringBuilder query = new StringBuilder("?" + parameter + "=" + (value.startsWith("%") ? value
                            : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
                    required.forEach((name, valid) -> {
                        if (!name.equals(parameter)) {
                            query.append('&').append(name).append('=').append(valid);
                        }
                    });
                    HttpResponse<String> answer = send("GET", concrete + query, "vera:vera-secret", null);
                    requests++;
                    String what = "GET " + concrete + query + ": " + abbreviated(answer.body());
                    softly.assertThat(answer.statusCode()).as(what).isLessThan(500);
                    if (answer.statusCode() >= 400) {
                        softly.assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what)
                                .startsWith(PROBLEM);
                        softly.assertThat(JSON.readTree(answer.body()).get("detail").asString()).as(what)
                                .doesNotContainPattern(JAVA_NAMES);
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(requests).isGreaterThan(300);
    }

    @Test
    void fuzzedImportsAreAProblemNeverA500AndStoreNothing() throws Exception {
        UUID source = createScenario("Exported");
        assertThat(change(source, "PUT", "/demand/baseline", "{\"requestsPerDay\":1e9,\"reason\":\"to export\"}")
                .statusCode()).isEqualTo(200);
        String exported = send("GET", "/api/scenarios/" + source + "/export", "vera:vera-secret", null).body();
        ObjectNode file = (ObjectNode) JSON.readTree(exported);
        List<String> bodies = new ArrayList<>(BAD_BODIES);
        for (int cut = 1; cut < exported.length(); cut += exported.length() / 40) {
            bodies.add(exported.substring(0, cut)); // a file cut off anywhere
        }
        List<String> fields = List.of("/format", "/formatVersion", "/scenario/id", "/events/0/type", "/events/0/revision",
                "/events/0/time", "/events/0/version", "/events/1/payload/requestsPerDay", "/events/1/payload/reason",
                "/events/1/metadata/user", "/events/0/payload/name", "/events/0/payload/firstQuarter");
        for (String field : fields) {
            for (String value : BAD_VALUES) {
                ObjectNode mutated = file.deepCopy();
                ObjectNode parent = (ObjectNode) mutated.at(field.substring(0, field.lastIndexOf('/')));
                parent.put(field.substring(field.lastIndexOf('/') + 1), "@@value@@");
                bodies.add(JSON.writeValueAsString(mutated).replace("\"@@value@@\"", value));
            }
        }
        ObjectNode doubled = file.deepCopy();
        ((tools.jackson.databind.node.ArrayNode) doubled.get("events")).add(file.get("events").get(0));
        bodies.add(JSON.writeValueAsString(doubled));
        long before = events();
        for (String body : bodies) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/scenarios/import"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", basic("paul:paul-secret"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String what = "import of " + abbreviated(body) + ": " + abbreviated(answer.body());
            assertThat(answer.statusCode()).as(what).isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(PROBLEM);
                assertThat(events()).as(what).isEqualTo(before);
            } else {
                before = events();
            }
        }
        // a body without a declared length is cut off at the limit as it streams in
        HttpResponse<String> endless = http.send(HttpRequest.newBuilder(uri("/api/scenarios/import"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basic("paul:paul-secret"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(exported.substring(0, exported.length() - 2).getBytes(StandardCharsets.UTF_8)),
                        new java.io.InputStream() {
                            private long left = 3L * 1024 * 1024;
                            @Override
                            public int read() {
                                return left-- > 0 ? ' ' : -1;
                            }
                        }))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(endless.statusCode()).as(endless.body()).isEqualTo(413);
        assertThat(events()).isEqualTo(before);
    }

    /** Every field of a valid body set to every bad value, left out, and joined by an unknown one; then bad bodies. */
    private static List<String> fuzzed(String validBody) {
        List<String> bodies = new ArrayList<>(BAD_BODIES);
        ObjectNode valid = (ObjectNode) JSON.readTree(validBody);
        for (String field : valid.propertyNames()) {
            for (String value : BAD_VALUES) {
                ObjectNode mutated = valid.deepCopy();
                mutated.put(field, "@@value@@");
                bodies.add(JSON.writeValueAsString(mutated).replace("\"@@value@@\"", value));
            }
            ObjectNode without = valid.deepCopy();
            without.remove(field);
            bodies.add(JSON.writeValueAsString(without));
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unexpected", 1);
        bodies.add(JSON.writeValueAsString(unknown));
        return bodies;
    }

    private record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every path and method in the OpenAPI document, path variables filled in so the request reaches a handler. */
    private List<Operation> documentedOperations(UUID id) throws Exception {
        JsonNode document = JSON.readTree(send("GET", "/v3/api-docs", "ada:ada-secret", null).body());
        assertThat(document.at("/info/description").asString()).as("the glossary in the API's description")
                .contains("| `demand.growth` | Demand growth | PERCENT |", "| `costPerMillionTokens` | Cost per million tokens |");
        JsonNode paths = document.get("paths");
        List<Operation> operations = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            String concrete = path.replace("{scenarioId}", id.toString()).replaceAll("\\{[^}]+}", "x1");
            for (String method : paths.get(path).propertyNames()) {
                operations.add(new Operation(method.toUpperCase(), concrete));
            }
        }
        return operations;
    }

    private List<String> actuatorEndpoints() throws Exception {
        JsonNode links = JSON.readTree(send("GET", "/actuator", "ada:ada-secret", null).body()).get("_links");
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String name : links.propertyNames()) {
            String href = links.get(name).get("href").asString();
            if (!href.contains("{")) {
                endpoints.put(name, URI.create(href).getPath());
            }
        }
        assertThat(endpoints).containsKeys("health", "prometheus", "info");
        return List.copyOf(endpoints.values());
    }

    private UUID createScenario(String name) throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> created = send("POST", "/api/scenarios", "paul:paul-secret", """
                {"scenarioId":"%s","name":"%s","firstQuarter":"2025Q1","lastQuarter":"2030Q4"}""".formatted(id, name));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    private HttpResponse<String> change(UUID id, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/scenarios/" + id + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic("paul:paul-secret"))
                .header("If-Match", "\"" + version(id) + "\"")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The scenario's version is the number of its events. */
    private long version(UUID id) {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?")
                .param(id.toString()).query(Long.class).single();
    }

    private long events() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
