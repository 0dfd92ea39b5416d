package io.jevons.projection.proposals;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.jevons.testsupport.ScenarioApi.planner;
import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole loop of planning together through the API: a planner changes a fork, proposes it, others review, the
 * owner merges (resolving conflicts), and a change of the plan is reverted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ProposalsApiIT {

    /** An output that did not move: JSON writes it 0 or 0.0. */
    private static final Matcher<Object> ZERO = anyOf(is((Object) 0), is((Object) 0.0));
    private static final String GROWTH = "{\"quarterlyGrowth\":%s,\"reason\":\"%s\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMergeOfAForkWhoseTargetMovedOnWithoutConflictEqualsTheSameChangesMadeByHand() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned target = ReadModels.createDefault(mvc, "alice");
        Versioned fork = fork(target, "bob");
        api.change(HttpMethod.PUT, fork.id(), "/demand/growth/2027Q1", fork.version(), GROWTH.formatted(0.2, "agents double"),
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, target.id(), "/demand/peak-to-average", target.version(),
                "{\"peakToAverage\":1.8,\"reason\":\"flatter days\"}", planner("alice")).andExpect(status().isOk());

        int number = open(fork.id(), "bob", "Agents double in 2027");
        merge(fork.id(), number, target.version() + 1, fork.version() + 2, "{}", "alice")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("proposal"));
        review(fork.id(), number, "bob", "APPROVED", "looks right to me").andExpect(status().isOk());
        merge(fork.id(), number, target.version() + 1, fork.version() + 3, "{}", "alice")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString(
                        "proposal #1 is merged once approved by someone other than its author")));
        mvc.perform(post("/api/scenarios/" + fork.id() + "/proposals/" + number + "/comments").with(viewer("carol"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"what drives the doubling?\","
                                + "\"aboutVersion\":" + (fork.version() + 1) + "}"))
                .andExpect(status().isOk());
        review(fork.id(), number, "carol", "APPROVED", "the agent pilots say so").andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, fork.id(), fork.version() + 5);

        mvc.perform(get("/api/scenarios/" + fork.id() + "/proposals/" + number).with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.author").value("bob"))
                .andExpect(jsonPath("$.approved").value(true))
                .andExpect(jsonPath("$.targetVersion").value(target.version() + 1))
                .andExpect(jsonPath("$.changes.length()").value(1))
                .andExpect(jsonPath("$.changes[0].user").value("bob"))
                .andExpect(jsonPath("$.changes[0].item").value("demand/growth/2027Q1"))
                .andExpect(jsonPath("$.conflicts.length()").value(0))
                .andExpect(jsonPath("$.activity[*].user").value(hasItem("carol")))
                .andExpect(jsonPath("$.impact.attribution.bars.length()").value(1))
                .andExpect(jsonPath("$.impact.diff.assumptions[0].item").value("Demand growth from 2027Q1"));

        // the fork moved since the merger looked: the target's half, applied first, is rolled back with the fork's
        merge(fork.id(), number, target.version() + 1, fork.version() + 4,
                "{\"reason\":\"accepted in the Monday review\"}", "alice")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("look at the proposal again")));
        merge(fork.id(), number, target.version() + 1, fork.version() + 5,
                "{\"reason\":\"accepted in the Monday review\"}", "alice")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(target.version() + 2));

        Versioned byHand = ReadModels.createDefault(mvc, "dave");
        api.change(HttpMethod.PUT, byHand.id(), "/demand/peak-to-average", byHand.version(),
                "{\"peakToAverage\":1.8,\"reason\":\"r\"}", planner("dave")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, byHand.id(), "/demand/growth/2027Q1", byHand.version() + 1, GROWTH.formatted(0.2, "r"),
                planner("dave")).andExpect(status().isOk());
        mvc.perform(get("/api/scenarios/" + target.id() + "/diff").param("from", Long.toString(target.version() + 2))
                        .param("with", byHand.id().toString()).with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assumptions.length()").value(0))
                .andExpect(jsonPath("$.years[*].outputs[*].change", everyItem(ZERO)));

        ReadModels.awaitVersion(mvc, target.id(), target.version() + 2);
        mvc.perform(get("/api/scenarios/" + target.id() + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[0].summary").value("Merged proposal \"Agents double in 2027\": 1 change"));
        mvc.perform(get("/api/scenarios/" + target.id() + "/proposals").with(viewer("v")))
                .andExpect(jsonPath("$[0].status").value("MERGED"))
                .andExpect(jsonPath("$[0].scenarioId").value(fork.id().toString()));
        review(fork.id(), number, "carol", "APPROVED", "again").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("proposal #1 is merged: it takes nothing more")));
        assertReplayRebuildsTheSameProposals(target.id(), fork.id(), number);
    }

    @Test
    void aConflictIsListedSideBySideAndMergedAsResolved() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned target = ReadModels.createDefault(mvc, "alice");
        Versioned fork = fork(target, "bob");
        api.change(HttpMethod.PUT, fork.id(), "/demand/growth/2027Q1", fork.version(), GROWTH.formatted(0.2, "agents"),
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, fork.id(), "/demand/growth/2028Q1", fork.version() + 1, GROWTH.formatted(0.1, "steady"),
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, target.id(), "/demand/growth/2027Q1", target.version(), GROWTH.formatted(0.05, "budget cut"),
                planner("alice")).andExpect(status().isOk());
        int number = open(fork.id(), "bob", "Growth");
        review(fork.id(), number, "carol", "CHANGES_REQUESTED", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].field").value("text"));
        review(fork.id(), number, "carol", "APPROVED", null).andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, fork.id(), fork.version() + 4);

        mvc.perform(get("/api/scenarios/" + fork.id() + "/proposals/" + number).with(viewer("v")))
                .andExpect(jsonPath("$.conflicts.length()").value(1))
                .andExpect(jsonPath("$.conflicts[0].item").value("demand/growth/2027Q1"))
                .andExpect(jsonPath("$.conflicts[0].label").value("Demand growth from 2027Q1"))
                .andExpect(jsonPath("$.conflicts[0].base.user").exists())
                .andExpect(jsonPath("$.conflicts[0].target[0].user").value("alice"))
                .andExpect(jsonPath("$.conflicts[0].target[0].reason").value("budget cut"))
                .andExpect(jsonPath("$.conflicts[0].proposal[0].user").value("bob"));
        merge(fork.id(), number, target.version() + 1, fork.version() + 4, "{}", "alice")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/conflicting-changes"))
                .andExpect(jsonPath("$.conflicts[0].item").value("demand/growth/2027Q1"))
                .andExpect(jsonPath("$.conflicts[0].target[0].reason").value("budget cut"));
        merge(fork.id(), number, target.version() + 1, fork.version() + 4,
                "{\"resolutions\":[{\"item\":\"demand/growth/2026Q1\",\"take\":\"TARGET\"}]}", "alice")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].field").value("resolutions[0].item"));

        merge(fork.id(), number, target.version() + 1, fork.version() + 4, "{\"resolutions\":[{\"item\":"
                + "\"demand/growth/2027Q1\",\"take\":\"EDIT\",\"edits\":[{\"row\":\"demand.growth\",\"quarter\":\"2027Q1\","
                + "\"value\":0.12}],\"reason\":\"met halfway\"}],\"reason\":\"agreed\"}", "alice")
                .andExpect(status().isOk());
        ReadModels.awaitVersion(mvc, target.id(), target.version() + 2);
        mvc.perform(get("/api/scenarios/" + target.id() + "/assumptions").with(viewer("v")))
                .andExpect(jsonPath("$.assumptions.demand.quarterlyGrowth.changes[?(@.from == '2027Q1')].value")
                        .value(hasItem(0.12)))
                .andExpect(jsonPath("$.assumptions.demand.quarterlyGrowth.changes[?(@.from == '2028Q1')].value")
                        .value(hasItem(0.1)));
    }

    @Test
    void aLockedTargetRefusesTheMergeUntilAnAdminUnlocksItAndAClosedProposalTakesNothingMore() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned target = ReadModels.createDefault(mvc, "alice");
        mvc.perform(post("/api/scenarios/" + target.id() + "/proposals").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"not a fork\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("targetScenarioId"));
        Versioned fork = fork(target, "bob");
        mvc.perform(post("/api/scenarios/" + fork.id() + "/proposals").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"nothing yet\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.violations[0].field").value("changes"));
        api.change(HttpMethod.PUT, fork.id(), "/demand/growth/2027Q1", fork.version(), GROWTH.formatted(0.2, "agents"),
                planner("bob")).andExpect(status().isOk());
        int number = open(fork.id(), "bob", "Agents");
        mvc.perform(post("/api/scenarios/" + fork.id() + "/proposals").with(planner("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"again\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("still open")));
        review(fork.id(), number, "carol", "APPROVED", "fine").andExpect(status().isOk());
        mvc.perform(post("/api/scenarios/" + target.id() + "/lock").with(planner("alice"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"board plan\"}")).andExpect(status().isOk());

        merge(fork.id(), number, target.version() + 1, fork.version() + 3, "{}", "alice")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://jevons.io/problems/locked"));
        mvc.perform(post("/api/scenarios/" + target.id() + "/unlock").with(user("root").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"re-plan\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/scenarios/" + fork.id() + "/proposals/" + number + "/close").with(planner("bob"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"superseded\"}")).andExpect(status().isOk());
        merge(fork.id(), number, target.version() + 2, fork.version() + 4, "{}", "alice")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("proposal #1 is closed: it takes nothing more")));
        ReadModels.awaitVersion(mvc, target.id(), target.version() + 2);
        mvc.perform(get("/api/scenarios/" + target.id() + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[0].summary").value("Unlocked"));
    }

    @Test
    void aRevertUndoesOneChangeExactlyUnlessALaterOneSetTheSameAssumption() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned plan = ReadModels.createDefault(mvc, "alice");
        long v = plan.version();
        api.change(HttpMethod.PUT, plan.id(), "/demand/peak-to-average", v, "{\"peakToAverage\":2.2,\"reason\":\"spiky\"}",
                planner("alice")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, plan.id(), "/demand/growth/2027Q1", v + 1, GROWTH.formatted(0.2, "agents"),
                planner("bob")).andExpect(status().isOk());
        api.change(HttpMethod.PUT, plan.id(), "/demand/growth/2027Q1", v + 2, GROWTH.formatted(0.3, "more agents"),
                planner("bob")).andExpect(status().isOk());

        revert(plan.id(), v + 2, v + 3, "too early").andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflicts[0].version").value(v + 3))
                .andExpect(jsonPath("$.conflicts[0].reason").value("more agents"));
        revert(plan.id(), 1, v + 3, "no").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].field").value("version"));
        revert(plan.id(), v + 3, v + 3, "the pilots slipped").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v + 4));
        ReadModels.awaitVersion(mvc, plan.id(), v + 4);
        mvc.perform(get("/api/scenarios/" + plan.id() + "/history").with(viewer("v")))
                .andExpect(jsonPath("$.entries[0].reason").value("revert of v" + (v + 3) + ": the pilots slipped"));
        assertSameOutputs(plan.id(), v + 4, v + 2);

        api.change(HttpMethod.PUT, plan.id(), "/demand/growth/2027Q1", v + 4, GROWTH.formatted(0.3, "more agents after all"),
                planner("bob")).andExpect(status().isOk());
        assertSameOutputs(plan.id(), v + 5, v + 3);
    }

    private void assertSameOutputs(UUID scenario, long version, long sameAs) throws Exception {
        mvc.perform(get("/api/scenarios/" + scenario + "/diff").param("from", Long.toString(version))
                        .param("to", Long.toString(sameAs)).param("with", scenario.toString()).with(viewer("v")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[*].outputs[*].change", everyItem(ZERO)));
    }

    private void assertReplayRebuildsTheSameProposals(UUID target, UUID fork, int number) throws Exception {
        String list = body(get("/api/scenarios/" + target + "/proposals"));
        String detail = body(get("/api/scenarios/" + fork + "/proposals/" + number));
        int live = ReadModels.activeGeneration(jdbc);
        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN"))).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> ReadModels.activeGeneration(jdbc) == live + 1);
        assertThat(body(get("/api/scenarios/" + target + "/proposals"))).isEqualTo(list);
        assertThat(body(get("/api/scenarios/" + fork + "/proposals/" + number))).isEqualTo(detail);
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .with(viewer("v"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Versioned fork(Versioned source, String by) throws Exception {
        String created = mvc.perform(post("/api/scenarios/" + source.id() + "/forks").with(planner(by))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Re-plan\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        UUID id = UUID.fromString(created.replaceAll(".*\"scenarioId\":\"([^\"]+)\".*", "$1"));
        long version = ScenarioApi.versionIn(created);
        ReadModels.awaitVersion(mvc, id, version);
        return new Versioned(id, version);
    }

    private int open(UUID fork, String by, String title) throws Exception {
        String opened = mvc.perform(post("/api/scenarios/" + fork + "/proposals").with(planner(by))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"description\":\"for the plan of record\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Integer.parseInt(opened.replaceAll(".*\"proposal\":(\\d+).*", "$1"));
    }

    private ResultActions review(UUID fork, int number, String by, String verdict, String text) throws Exception {
        return mvc.perform(post("/api/scenarios/" + fork + "/proposals/" + number + "/reviews").with(viewer(by))
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\":\"" + verdict + "\",\"text\":"
                        + (text == null ? "null" : "\"" + text + "\"") + "}"));
    }

    private ResultActions merge(UUID fork, int number, long targetVersion, long sourceVersion, String body, String by)
            throws Exception {
        String withVersion = body.equals("{}") ? "{\"sourceVersion\":" + sourceVersion + "}"
                : body.replaceFirst("\\{", "{\"sourceVersion\":" + sourceVersion + ",");
        return mvc.perform(post("/api/scenarios/" + fork + "/proposals/" + number + "/merge").with(planner(by))
                .header("If-Match", "\"" + targetVersion + "\"").contentType(MediaType.APPLICATION_JSON)
                .content(withVersion));
    }

    private ResultActions revert(UUID scenario, long version, long seen, String reason) throws Exception {
        return mvc.perform(post("/api/scenarios/" + scenario + "/changes/" + version + "/revert").with(planner("alice"))
                .header("If-Match", "\"" + seen + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + reason + "\"}"));
    }
}
