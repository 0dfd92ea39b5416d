package io.jevons.planning.transfer;

import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = {"jevons.limits.import-body=3MB", "jevons.limits.import-events=3000"})
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ScenarioTransferIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    ScenarioHistory history;
    ScenarioApi api;

    @BeforeEach
    void setUp() {
        api = new ScenarioApi(mvc);
    }

    @Test
    void anExportedHistoryImportsAsANewScenarioWithTheSameAssumptionsAndItsOriginalUsersAndTimes() throws Exception {
        Versioned source = api.create(UUID.randomUUID(), "Board plan", "2024Q1", "2030Q4", true, "alice");
        api.change(HttpMethod.PUT, source.id(), "/demand/baseline", source.version(),
                "{\"requestsPerDay\":3e9,\"reason\":\"new traffic data\"}", planner("carol")).andExpect(status().isOk());
        long sourceVersion = source.version() + 1;

        ObjectNode exported = export(source.id(), "victor");
        assertThat(exported.get("format").asString()).isEqualTo("jevons.scenario-history");
        assertThat(exported.get("exportedBy").asString()).isEqualTo("victor");
        assertThat(exported.at("/scenario/version").asLong()).isEqualTo(sourceVersion);
        assertThat(exported.get("events")).hasSize((int) sourceVersion);
        assertThat(exported.at("/events/0/metadata/user").asString()).isEqualTo("alice");

        String answer = mvc.perform(post("/api/scenarios/import").param("name", "Board plan (copy)").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content(exported.toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"" + sourceVersion + "\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        ScenarioId copy = ScenarioId.of(json.readTree(answer).get("scenarioId").asString());
        assertThat(copy.value()).isNotEqualTo(source.id());

        List<RecordedEvent> original = history.read(new ScenarioId(source.id()));
        List<RecordedEvent> imported = history.read(copy);
        assertThat(imported).hasSameSizeAs(original);
        ScenarioState copied = RecordedEvent.replay(imported);
        assertThat(copied.assumptions())
                .isEqualTo(RecordedEvent.replay(original).assumptions());
        assertThat(copied.name()).isEqualTo("Board plan (copy)");
        for (int i = 0; i < original.size(); i++) {
            RecordedEvent before = original.get(i);
            RecordedEvent after = imported.get(i);
            assertThat(after.event().scenarioId()).isEqualTo(copy);
            assertThat(after.event().reason()).isEqualTo(before.event().reason());
            assertThat(after.user()).as("the importing user records the copy").isEqualTo("bob");
            assertThat(after.metadata().get("originalUser")).isEqualTo(before.user());
            assertThat(after.metadata().get("originalTime")).isEqualTo(before.time().toString());
            assertThat(after.metadata().get("importedFrom")).isEqualTo(source.id().toString());
        }

        ObjectNode reExported = export(copy.value(), "victor");
        for (int i = 0; i < original.size(); i++) {
            ObjectNode first = (ObjectNode) exported.at("/events/" + i + "/payload").deepCopy();
            ObjectNode second = (ObjectNode) reExported.at("/events/" + i + "/payload").deepCopy();
            first.remove(List.of("scenarioId", "name"));
            second.remove(List.of("scenarioId", "name"));
            assertThat(second).as("event " + i).isEqualTo(first);
            assertThat(reExported.at("/events/" + i + "/metadata/originalUser").asString())
                    .isEqualTo(exported.at("/events/" + i + "/metadata/user").asString());
        }
    }

    @Test
    void aBrokenOrForeignFileIsRefusedNamingTheEventAndFieldAndStoresNothing() throws Exception {
        Versioned source = api.create("To copy", "alice");
        api.change(HttpMethod.PUT, source.id(), "/demand/baseline", source.version(),
                "{\"requestsPerDay\":3e9,\"reason\":\"traffic\"}", planner("alice")).andExpect(status().isOk());
        ObjectNode exported = export(source.id(), "alice");
        long eventsBefore = eventCount();

        refused(exported, file -> file.put("format", "spreadsheet"), is("format"));
        refused(exported, file -> file.put("formatVersion", 2), is("formatVersion"));
        refused(exported, file -> file.set("events", json.createArrayNode()), is("events"));
        refused(exported, file -> event(file, 1).put("type", "java.lang.ProcessBuilder"), is("events[1].type"));
        refused(exported, file -> event(file, 1).put("revision", "0"), is("events[1].revision"));
        refused(exported, file -> ((ObjectNode) event(file, 1).get("payload")).put("requestsPerDay", -5),
                startsWith("events[1]."));
        refused(exported, file -> ((ObjectNode) event(file, 1).get("payload")).put("requestsPerDay", "many"),
                is("events[1].payload"));
        refused(exported, file -> ((ArrayNode) file.get("events")).remove(0), is("events[0]"));
        assertThat(eventCount()).isEqualTo(eventsBefore);

        mvc.perform(post("/api/scenarios/import").with(planner("bob")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"format\": [1, 2"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anImportedEventPassesExactlyTheRulesOfItsCommandOrNothingIsStored() throws Exception {
        Versioned source = api.create("Rules", "alice");
        api.change(HttpMethod.PUT, source.id(), "/demand/baseline", source.version(),
                "{\"requestsPerDay\":3e9,\"reason\":\"traffic\"}", planner("alice")).andExpect(status().isOk());
        ObjectNode exported = export(source.id(), "alice");
        String id = source.id().toString();
        long eventsBefore = eventCount();

        refused(exported, file -> append(file, "scenario.ScenarioRenamed", """
                {"scenarioId":"%s","name":"%s","reason":null}""".formatted(id, "x".repeat(300))),
                is("events[2].name"));
        refused(exported, file -> append(file, "versions.VersionTagged", """
                {"scenarioId":"%s","tag":"board\\u0000plan","version":1,"reason":null}""".formatted(id)),
                is("events[2].tag"));
        refused(exported, file -> append(file, "versions.VersionTagged", """
                {"scenarioId":"%s","tag":"board plan","version":9,"reason":null}""".formatted(id)),
                is("events[2].version"));
        refused(exported, file -> {
            append(file, "versions.VersionTagged", """
                    {"scenarioId":"%s","tag":"board plan","version":1,"reason":null}""".formatted(id));
            append(file, "versions.VersionTagged", """
                    {"scenarioId":"%s","tag":"board plan","version":2,"reason":null}""".formatted(id));
        }, is("events[3]"));
        refused(exported, file -> append(file, "notes.CommentAdded", """
                {"scenarioId":"%s","text":"%s","aboutVersion":null}""".formatted(id, "x".repeat(4001))),
                is("events[2].text"));
        refused(exported, file -> append(file, "demand.DemandBaselineSet", """
                {"scenarioId":"%s","requestsPerDay":4e9,"reason":"%s"}""".formatted(id, "x".repeat(1001))),
                is("events[2].reason"));
        refused(exported, file -> append(file, "demand.DemandBaselineSet", """
                {"scenarioId":"%s","requestsPerDay":4e9,"reason":null}""".formatted(id)), is("events[2].reason"));
        refused(exported, file -> ((ObjectNode) event(file, 0).get("payload")).put("name", " padded "),
                is("events[0].name"));
        refused(exported, file -> {
            append(file, "scenario.ScenarioArchived", """
                    {"scenarioId":"%s","reason":null}""".formatted(id));
            append(file, "demand.DemandBaselineSet", """
                    {"scenarioId":"%s","requestsPerDay":4e9,"reason":"after the archive"}""".formatted(id));
        }, is("events[3]"));
        refused(exported, file -> append(file, "mix.WorkloadClassDefined", """
                {"scenarioId":"%s","workloadClass":"chat","name":"Chat\\u0007","from":"2025Q1",
                 "outputTokensPerRequest":500,"inputTokensPerRequest":1000,"flopsPerToken":2e11,"reason":"chat"}"""
                .formatted(id)), is("events[2].workloadClasses[chat].name"));
        refused(exported, file -> append(file, "actuals.ActualsRecorded", """
                {"scenarioId":"%s","quarter":"2031Q1","chipsDelivered":10,"tokensServed":null,"spend":null,
                 "reason":null}""".formatted(id)), is("events[2].quarter"));
        refused(exported, file -> metadata(file, 1).put("user", "mallory\u001b[2J"),
                is("events[1].metadata.originalUser"));
        refused(exported, file -> metadata(file, 1).put("originalTime", "yesterday"),
                is("events[1].metadata.originalTime"));
        refused(exported, file -> metadata(file, 1).put("evidenceLink", "javascript:alert(1)"),
                is("events[1].evidenceLink"));
        refused(exported, file -> metadata(file, 1).put("evidence", "rumour"), is("events[1].metadata.evidence"));
        mvc.perform(post("/api/scenarios/import").param("name", "x".repeat(300)).with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content(exported.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("name"));
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void aSignOffIsImportedAsHistoryAndTheFilesUsersAsUnverifiedClaims() throws Exception {
        Versioned source = api.create("Signed off", "alice");
        mvc.perform(post("/api/scenarios/" + source.id() + "/lock").with(planner("alice"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"board approved\"}"))
                .andExpect(status().isOk());
        ObjectNode exported = export(source.id(), "alice");
        metadata(exported, 1).put("evidence", "measured").put("evidenceLink", "https://example.org/board");

        ScenarioId copy = imported(exported, "bob");

        List<RecordedEvent> events = history.read(copy);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).event()).isInstanceOfSatisfying(io.jevons.planning.api.event.CommentAdded.class,
                comment -> assertThat(comment.text()).isEqualTo("Signed off (locked) in the installation this history "
                        + "was exported from, by alice (unverified): board approved"));
        assertThat(Map.<String, Object>copyOf(events.get(1).metadata())).containsEntry("originalUser", "alice")
                .containsEntry("importedFrom", source.id().toString())
                .containsEntry("evidence", "measured").containsEntry("evidenceLink", "https://example.org/board");
        assertThat(events.get(1).user()).isEqualTo("bob");
        api.change(HttpMethod.PUT, copy.value(), "/demand/baseline", 2, "{\"requestsPerDay\":1e9,\"reason\":\"open\"}",
                planner("bob")).andExpect(status().isOk());
    }

    @Test
    void aFileOverTheLimitsIsRefusedNamingTheLimitAndStoresNothing() throws Exception {
        Versioned source = api.create("Too long", "alice");
        ObjectNode exported = export(source.id(), "alice");
        long eventsBefore = eventCount();
        ObjectNode tooMany = exported.deepCopy();
        for (int i = 0; i < 3000; i++) {
            append(tooMany, "notes.CommentAdded", """
                    {"scenarioId":"%s","text":"note %d","aboutVersion":null}""".formatted(source.id(), i));
        }
        mvc.perform(post("/api/scenarios/import").with(planner("bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(tooMany.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("events"))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("at most 3,000 events")));
        mvc.perform(post("/api/scenarios/import").with(planner("bob")).contentType(MediaType.APPLICATION_JSON)
                        .content(withComments(exported, 800, 4000).toString()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.maxBytes").value(3 * 1024 * 1024));
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void anIdempotencyKeyCoversTheQueryAndLargeImportsCarryOne() throws Exception {
        Versioned source = api.create("Keyed", "alice");
        ObjectNode exported = export(source.id(), "alice");
        String key = "import-" + UUID.randomUUID();
        mvc.perform(post("/api/scenarios/import?name=First").header("Idempotency-Key", key)
                        .with(planner("bob")).contentType(MediaType.APPLICATION_JSON).content(exported.toString()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/scenarios/import?name=Second").header("Idempotency-Key", key)
                        .with(planner("bob")).contentType(MediaType.APPLICATION_JSON).content(exported.toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/idempotency-key-reused"));

        String large = withComments(exported, 400, 4000).toString();
        assertThat(large.length()).isGreaterThan(1_500_000);
        String bigKey = "import-" + UUID.randomUUID();
        String location = mvc.perform(post("/api/scenarios/import").header("Idempotency-Key", bigKey)
                        .with(planner("bob")).contentType(MediaType.APPLICATION_JSON).content(large))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long events = eventCount();
        mvc.perform(post("/api/scenarios/import").header("Idempotency-Key", bigKey)
                        .with(planner("bob")).contentType(MediaType.APPLICATION_JSON).content(large))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(eventCount()).isEqualTo(events);
    }

    private ScenarioId imported(ObjectNode file, String by) throws Exception {
        String answer = mvc.perform(post("/api/scenarios/import").with(planner(by))
                        .contentType(MediaType.APPLICATION_JSON).content(file.toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return ScenarioId.of(json.readTree(answer).get("scenarioId").asString());
    }

    private ObjectNode withComments(ObjectNode exported, int comments, int length) {
        ObjectNode file = exported.deepCopy();
        String id = file.at("/scenario/id").asString();
        for (int i = 0; i < comments; i++) {
            append(file, "notes.CommentAdded", """
                    {"scenarioId":"%s","text":"%s","aboutVersion":null}""".formatted(id, "y".repeat(length)));
        }
        return file;
    }

    /** Appends an event of {@code type} (relative to the api package) with that payload and its author. */
    private void append(ObjectNode file, String type, String payload) {
        ArrayNode events = (ArrayNode) file.get("events");
        ObjectNode event = events.addObject();
        event.put("version", events.size());
        event.put("type", "io.jevons.planning.api." + type);
        event.put("revision", "1");
        event.put("time", "2025-02-03T10:00:00Z");
        event.putObject("metadata").put("user", "carol");
        event.set("payload", json.readTree(payload));
    }

    private static ObjectNode metadata(ObjectNode file, int index) {
        return (ObjectNode) event(file, index).get("metadata");
    }

    @Test
    void viewersExportButOnlyPlannersImport() throws Exception {
        Versioned source = api.create("Viewer's copy", "alice");
        ObjectNode exported = export(source.id(), "vera");
        mvc.perform(post("/api/scenarios/import").with(viewer("vera")).contentType(MediaType.APPLICATION_JSON)
                        .content(exported.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scenarios/" + UUID.randomUUID() + "/export").with(viewer("vera")))
                .andExpect(status().isNotFound());
    }

    private ObjectNode export(UUID id, String by) throws Exception {
        String body = mvc.perform(get("/api/scenarios/" + id + "/export").with(viewer(by)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return (ObjectNode) json.readTree(body);
    }

    private void refused(ObjectNode exported, Consumer<ObjectNode> breakIt, Matcher<String> field) throws Exception {
        ObjectNode broken = exported.deepCopy();
        breakIt.accept(broken);
        ResultActions answer = mvc.perform(post("/api/scenarios/import").with(planner("bob"))
                .contentType(MediaType.APPLICATION_JSON).content(broken.toString()));
        answer.andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    private static ObjectNode event(ObjectNode file, int index) {
        return (ObjectNode) file.get("events").get(index);
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
