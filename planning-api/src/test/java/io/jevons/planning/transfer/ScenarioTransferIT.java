package io.jevons.planning.transfer;

import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.history.RecordedEvent;
import io.jevons.planning.history.ScenarioHistory;
import io.jevons.planning.scenario.ScenarioState;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
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

import org.hamcrest.Matcher;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

@SpringBootTest
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
        ScenarioState copied = ScenarioState.replay(imported.stream().map(RecordedEvent::event).toList());
        assertThat(copied.assumptions())
                .isEqualTo(ScenarioState.replay(original.stream().map(RecordedEvent::event).toList()).assumptions());
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
