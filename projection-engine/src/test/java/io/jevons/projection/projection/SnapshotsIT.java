package io.jevons.projection.projection;

import io.jevons.planning.api.history.RecordedEvent;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.state.ScenarioState;
import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A past version from the nearest snapshot is the version folded from the start, for versions drawn at random over a
 * history that passed several snapshots; a snapshot of another revision is not read; a replay writes them again.
 */
@SpringBootTest(properties = "jevons.read-models.snapshot-interval=40")
@AutoConfigureMockMvc
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotsIT {

    private static final int GROWTH_EDITS = 130;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ScenarioTimeline timeline;
    @Autowired
    ScenarioHistory history;
    Versioned plan;
    long latest;

    @BeforeAll
    void aLongHistory() throws Exception {
        plan = ReadModels.createDefault(mvc, "alice");
        ScenarioApi api = new ScenarioApi(mvc);
        latest = plan.version();
        for (int i = 0; i < GROWTH_EDITS; i++) {
            String quarter = (2024 + i % 7) + "Q" + (1 + i % 4);
            api.change(HttpMethod.PUT, plan.id(), "/demand/growth/" + quarter, latest,
                    "{\"quarterlyGrowth\":" + (0.01 + (i % 9) / 100.0) + ",\"reason\":\"edit " + i + "\"}",
                    planner("bob")).andExpect(status().isOk());
            latest++;
        }
        ReadModels.awaitVersion(mvc, plan.id(), latest);
    }

    @Test
    @Order(1)
    void aPastVersionFromItsNearestSnapshotIsThePastVersionFoldedFromTheStart() {
        assertThat(snapshotVersions()).containsExactly(40L, 80L, 120L, 160L, 200L, 240L, 280L);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            long version = 1 + random.nextInt((int) latest);
            assertThat(timeline.stateAt(id(), AsOf.parse(Long.toString(version), "asOf"), "asOf"))
                    .as("version %d (seed %d)", version, seed).isEqualTo(foldedFromTheStart(version));
        }
        assertThat(timeline.stateAt(id(), AsOf.parse("280", "asOf"), "asOf")).isEqualTo(foldedFromTheStart(280));

        for (long version : List.of(1L, 39L, 200L, 241L, latest)) {
            RecordedEvent event = history.readVersion(id(), version).orElseThrow();
            // at the instant of an event: every event stored at or before it (events of one request share a time)
            long then = history.read(id()).stream().filter(e -> !e.time().isAfter(event.time()))
                    .mapToLong(RecordedEvent::version).max().orElseThrow();
            assertThat(timeline.stateAt(id(), AsOf.parse(event.time().toString(), "asOf"), "asOf"))
                    .as("as of the time of version %d", version).isEqualTo(foldedFromTheStart(then));
        }
    }

    @Test
    @Order(2)
    void aReplayWritesTheSnapshotsAgain() throws Exception {
        List<String> before = snapshotRows();
        int live = ReadModels.activeGeneration(jdbc);
        mvc.perform(post("/api/admin/replay").with(user("root").roles("ADMIN"))).andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(60)).until(() -> ReadModels.activeGeneration(jdbc) == live + 1);

        assertThat(snapshotRows()).hasSize(7).isEqualTo(before);
    }

    @Test
    @Order(3)
    void aSnapshotIsReadOnlyWhenItsRevisionIsTheFoldsOwn() {
        String table = ReadModels.activeSchema(jdbc) + ".scenario_snapshot";
        jdbc.sql("update " + table + " set state = jsonb_set(state, '{name}', '\"marked\"') where scenario_id = ?"
                + " and version = 200").param(plan.id()).update();
        assertThat(timeline.stateAt(id(), AsOf.parse("210", "asOf"), "asOf").name()).isEqualTo("marked");

        jdbc.sql("update " + table + " set revision = 'state-0/2020.1' where scenario_id = ? and version = 200")
                .param(plan.id()).update();
        assertThat(timeline.stateAt(id(), AsOf.parse("210", "asOf"), "asOf")).isEqualTo(foldedFromTheStart(210));
    }

    private ScenarioId id() {
        return new ScenarioId(plan.id());
    }

    private ScenarioState foldedFromTheStart(long version) {
        return RecordedEvent.replay(history.readUpTo(id(), version));
    }

    private List<Long> snapshotVersions() {
        return jdbc.sql("select version from readmodel.scenario_snapshot where scenario_id = ? order by version")
                .param(plan.id()).query(Long.class).list();
    }

    private List<String> snapshotRows() {
        return jdbc.sql("select version || ' ' || revision || ' ' || state::text from readmodel.scenario_snapshot"
                + " where scenario_id = ? order by version").param(plan.id()).query(String.class).list();
    }
}
