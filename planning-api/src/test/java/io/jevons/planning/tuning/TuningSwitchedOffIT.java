package io.jevons.planning.tuning;

import io.jevons.planning.security.Role;
import io.jevons.planning.security.UserAccounts;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With every tuning switch off, the frameworks' own mechanisms serve the same commands with the same answers. */
@SpringBootTest(properties = {"jevons.tuning.head-of-stream=false", "jevons.tuning.scenario-cache=false",
        "jevons.tuning.command-targets=false", "jevons.security.verified-password-ttl=PT0S"})
@AutoConfigureMockMvc
@PostgresIntegrationTest
class TuningSwitchedOffIT {

    private static final String BASELINE = "{\"requestsPerDay\":%s,\"reason\":\"switched off\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccounts accounts;

    @Test
    void everySwitchOffPutsTheFrameworksDefaultBackAndCommandsStillWork() throws Exception {
        assertThat(context.getBean("scenarioCache")).isSameAs(NoCache.INSTANCE);
        assertThat(context.getBean("scenarioCommandTargets")).isInstanceOf(AnnotationCommandTargetResolver.class);
        assertThat(context.getBean(EventStore.class)).isExactlyInstanceOf(EmbeddedEventStore.class);
        assertThat(context.getBean(EventStorageEngine.class)).isExactlyInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean("databaseUsers", AuthenticationProvider.class))
                .isNotInstanceOf(VerifiedPasswords.class);

        accounts.addIfAbsent("tess", "tess-secret", Role.PLANNER);
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned scenario = api.create("Switched off", "tess");
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, BASELINE.formatted("2e9"),
                        httpBasic("tess", "tess-secret"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        api.change(HttpMethod.PUT, scenario.id(), "/demand/baseline", 1, BASELINE.formatted("3e9"),
                        httpBasic("tess", "tess-secret"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.missedCount").value(1));
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/export").with(httpBasic("tess", "tess-secret")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scenario.version").value(2));
        mvc.perform(get("/api/scenarios/" + scenario.id() + "/export").with(httpBasic("tess", "wrong")))
                .andExpect(status().isUnauthorized());
    }
}
