package io.jevons.web.pages;

import io.jevons.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class ScenarioPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlannerCreatesAScenarioWithTheFormAndSeesItListed() throws Exception {
        mvc.perform(post("/scenarios").with(user("paula").roles("PLANNER")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", "Page-made plan")
                        .param("firstQuarter", "2025Q1")
                        .param("lastQuarter", "2029Q4")
                        .param("reason", "board asked"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/scenarios?created=*"));

        // The page waits for the read model, so the list shows the new scenario at once.
        mvc.perform(get("/scenarios").with(user("paula").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page-made plan")))
                .andExpect(content().string(containsString("2025Q1–2029Q4")));

        assertThat(jdbc.sql("select count(*) from eventstore.domain_event_entry where convert_from(meta_data, 'UTF8') like '%\"user\":\"paula\"%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidFormIsShownAgainWithTheReasonNextToTheField() throws Exception {
        mvc.perform(post("/scenarios").with(user("paula").roles("PLANNER")).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", "Too long a horizon")
                        .param("firstQuarter", "2025Q1")
                        .param("lastQuarter", "2050Q4"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("a horizon spans at most 80 quarters")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aViewerSeesTheListButNoFormAndCannotPost() throws Exception {
        mvc.perform(get("/scenarios").with(user("vic").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("New scenario"))));
        mvc.perform(post("/scenarios").with(user("vic").roles("VIEWER")).with(csrf())
                        .param("name", "nope").param("firstQuarter", "2025Q1").param("lastQuarter", "2025Q4"))
                .andExpect(status().isForbidden());
    }

    @Test
    void strangersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/scenarios").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Jevons")));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/scenarios").with(user("paula").roles("PLANNER"))
                        .param("name", "x").param("firstQuarter", "2025Q1").param("lastQuarter", "2025Q4"))
                .andExpect(status().isForbidden());
    }
}
