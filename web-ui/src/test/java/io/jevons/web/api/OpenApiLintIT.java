package io.jevons.web.api;

import io.jevons.testsupport.ApiTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.jevons.testsupport.ScenarioApi.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole application's OpenAPI document lints clean under Redocly's recommended rules and Spectral's
 * {@code spectral:oas}, warnings included (both from the npm registry, versions pinned). Needs Node's {@code npx};
 * without it the test is skipped, unless {@code JEVONS_REQUIRE_NODE} is set (CI sets it).
 */
class OpenApiLintIT extends ApiTest {

    private static final String REDOCLY = "@redocly/cli@1.34.20";
    private static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";

    @Test
    void theDocumentLintsCleanUnderRedoclyAndSpectral() throws Exception {
        Assumptions.assumeTrue(npxRuns() || System.getenv("JEVONS_REQUIRE_NODE") != null,
                "Node's npx is not installed");
        Path target = Path.of("target", "openapi");
        Files.createDirectories(target);
        Path document = target.resolve("openapi.json");
        Files.writeString(document, mvc.perform(get("/v3/api-docs").with(viewer("vera")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Path ruleset = target.resolve(".spectral.yaml");
        Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n");

        assertThat(run(target, "npx", "--yes", REDOCLY, "lint", "--extends", "recommended", "--max-problems", "200",
                "openapi.json")).isEmpty();
        assertThat(run(target, "npx", "--yes", SPECTRAL, "lint", "--ruleset", ".spectral.yaml",
                "--fail-severity", "hint", "openapi.json")).isEmpty();
    }

    /** What the command printed if it failed, nothing if it passed. */
    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return String.join(" ", command) + " did not finish in 5 minutes:\n" + output;
        }
        return process.exitValue() == 0 ? "" : String.join(" ", command) + " failed:\n" + output;
    }

    private static boolean npxRuns() throws InterruptedException {
        try {
            return new ProcessBuilder(List.of("npx", "--version")).start().waitFor() == 0;
        } catch (IOException missing) {
            return false;
        }
    }
}
