package io.jevons.planning.metrics;

import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.jevons.testsupport.ScenarioApi.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Commands are timed by outcome, appended events counted, and every request has a correlation id. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class CommandMetricsIT {

    private static final String BASELINE = "{\"requestsPerDay\":%s,\"reason\":\"metrics\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void commandsAreTimedByOutcomeAndAppendedEventsCounted() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        long applied = count("ChangeAssumption", "applied");
        long stale = count("ChangeAssumption", "stale");
        long refused = count("ChangeAssumption", "refused");
        double appended = registry.counter(AppendedEventMetrics.COUNTER).count();
        long eventsBefore = events();

        Versioned scenario = api.create("Metrics", "alice");
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, BASELINE.formatted("2e9"), planner("alice"))
                .andExpect(status().isOk());
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, BASELINE.formatted("3e9"), planner("bob"))
                .andExpect(status().isConflict());
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 2, BASELINE.formatted("-1"), planner("alice"))
                .andExpect(status().isUnprocessableContent());

        assertThat(count("ChangeAssumption", "applied")).isEqualTo(applied + 1);
        // the aggregate, not a pre-check query, decides that an If-Match is stale
        assertThat(count("ChangeAssumption", "stale")).isEqualTo(stale + 1);
        assertThat(count("ChangeAssumption", "refused")).isEqualTo(refused + 1);
        assertThat(count("CreateScenario", "applied")).isPositive();
        assertThat(registry.counter(AppendedEventMetrics.COUNTER).count() - appended)
                .isEqualTo(events() - eventsBefore).isEqualTo(2);
    }

    @Test
    void everyAnswerCarriesACorrelationIdAndAnUnsafeOneIsReplaced() throws Exception {
        mvc.perform(get("/api/scenarios/none").with(planner("alice")).header("X-Correlation-Id", "trace-42"))
                .andExpect(header().string("X-Correlation-Id", "trace-42"));
        String replaced = mvc.perform(get("/api/scenarios/none").with(planner("alice"))
                        .header("X-Correlation-Id", "bad id\nwith a newline"))
                .andReturn().getResponse().getHeader("X-Correlation-Id");
        assertThat(replaced).matches("[0-9a-f-]{36}");
    }

    private long count(String command, String outcome) {
        Timer timer = registry.find(CommandMetrics.TIMER).tag("command", command).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private long events() {
        return jdbc.sql("select count(*) from eventstore.domain_event_entry").query(Long.class).single();
    }
}
