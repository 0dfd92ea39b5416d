package io.jevons.planning.web;

import io.jevons.testsupport.PostgresIntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document parses without a single validation message and keeps the house rules: every operation
 * has a unique id, a summary, problem answers, and every change of assumptions requires If-Match.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class OpenApiDocumentIT {

    /**
     * Commands that change no assumption and so overwrite nothing: they are appended at whatever version the
     * scenario is at (a fork reads its source at a version it names itself).
     */
    private static final Set<String> WITHOUT_IF_MATCH = Set.of("/api/scenarios/{scenarioId}/forks",
            "/api/scenarios/{scenarioId}/tags", "/api/scenarios/{scenarioId}/tags/{tag}/restore",
            "/api/scenarios/{scenarioId}/lock", "/api/scenarios/{scenarioId}/unlock",
            "/api/scenarios/{scenarioId}/comments", "/api/scenarios/{scenarioId}/actuals/{quarter}",
            "/api/scenarios/{scenarioId}/anchors/{anchor}", "/api/scenarios/{scenarioId}/anchors/{anchor}/remove",
            "/api/scenarios/{scenarioId}/proposals", "/api/scenarios/{scenarioId}/proposals/{proposal}/comments",
            "/api/scenarios/{scenarioId}/proposals/{proposal}/reviews",
            "/api/scenarios/{scenarioId}/proposals/{proposal}/close");

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentIsValidOpenApi3AndLintsClean() throws Exception {
        String document = mvc.perform(get("/v3/api-docs").with(viewer("vera")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");

        Set<String> operationIds = new HashSet<>();
        int changes = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String where = entry.getKey() + " " + path.getKey();
                assertThat(operationIds.add(operation.getOperationId())).as("unique operationId of " + where).isTrue();
                assertThat(operation.getSummary()).as("summary of " + where).isNotBlank();
                assertThat(operation.getTags()).as("tag of " + where).isNotEmpty();
                assertThat(operation.getResponses()).as("problem answers of " + where).containsKeys("400", "401", "403", "422");
                if (path.getKey().startsWith("/api/scenarios/{scenarioId}/") && entry.getKey() != PathItem.HttpMethod.GET
                        && !WITHOUT_IF_MATCH.contains(path.getKey())) {
                    changes++;
                    assertThat(operation.getParameters()).as("If-Match of " + where)
                            .anySatisfy(p -> assertThat(p.getName()).isEqualTo("If-Match"));
                    assertThat(operation.getResponses()).containsKeys("409", "428");
                }
            }
        }
        assertThat(changes).as("documented change operations").isGreaterThanOrEqualTo(19);
    }
}
