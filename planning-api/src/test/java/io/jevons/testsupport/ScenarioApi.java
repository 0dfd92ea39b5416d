package io.jevons.testsupport;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scenario API as tests drive it: create a scenario, change it at a version, as a planner or a viewer. */
public final class ScenarioApi {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    private final MockMvc mvc;

    public ScenarioApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static RequestPostProcessor planner(String name) {
        return user(name).roles("PLANNER");
    }

    public static RequestPostProcessor viewer(String name) {
        return user(name).roles("VIEWER");
    }

    /** Creates an empty scenario over 2025Q1..2030Q4 as planner {@code by}; answers it at version 1. */
    public Versioned create(String name, String by) throws Exception {
        return create(UUID.randomUUID(), name, "2025Q1", "2030Q4", false, by);
    }

    public Versioned create(UUID id, String name, String firstQuarter, String lastQuarter, boolean fromDefault,
                            String by) throws Exception {
        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/scenarios").with(planner(by))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"scenarioId":"%s","name":"%s","firstQuarter":"%s","lastQuarter":"%s","fromDefault":%s}
                                """.formatted(id, name, firstQuarter, lastQuarter, fromDefault)))
                .andExpect(status().isCreated())
                .andReturn();
        return new Versioned(id, versionIn(result));
    }

    /** A change of scenario {@code id} at {@code version}; {@code path} is relative to the scenario. */
    public ResultActions change(HttpMethod method, UUID id, String path, long version, String json,
                                RequestPostProcessor as) throws Exception {
        return mvc.perform(request(method, "/api/scenarios/" + id + path).with(as)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public static long versionIn(MvcResult result) throws Exception {
        return versionIn(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    public static long versionIn(String json) {
        Matcher matcher = VERSION.matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("no version in " + json);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A scenario and the version it is at. */
    public record Versioned(UUID id, long version) {
    }
}
