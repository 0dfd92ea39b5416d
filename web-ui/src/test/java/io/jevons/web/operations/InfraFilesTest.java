package io.jevons.web.operations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.jevons.web.operations.InfraFiles.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment material says what it must: two nodes behind a proxy on one PostgreSQL, probes on the health
 * groups, configuration by environment and no password in any file. (That the probes and metrics answer is
 * {@link OperationsEndpointsIT}'s part.)
 */
class InfraFilesTest {

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTwoNodesOnOnePostgresBehindAProxyWithPasswordsOnlyAsSecrets() throws IOException {
        Map<String, Object> services = map(InfraFiles.yaml("compose/compose.yaml"), "services");
        assertThat(services).containsKeys("postgres", "jevons-1", "jevons-2", "proxy");
        for (String node : List.of("jevons-1", "jevons-2")) {
            Map<String, Object> service = map(services, node);
            Map<String, Object> environment = map(service, "environment");
            assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/jevons");
            assertThat(environment.get("JEVONS_NODE_ID")).isEqualTo(node);
            assertThat(environment.get("SERVER_FORWARD_HEADERS_STRATEGY")).as("behind the proxy").isEqualTo("framework");
            assertThat(environment.keySet()).noneMatch(name -> name.contains("PASSWORD"));
            assertThat((List<Map<String, Object>>) service.get("secrets")).extracting(secret -> secret.get("target"))
                    .contains("spring.datasource.password", "jevons.security.admin-password");
            assertThat(map(service, "build").get("dockerfile")).isEqualTo("infra/docker/Dockerfile");
        }
        assertThat(map(map(services, "postgres"), "environment")).doesNotContainKey("POSTGRES_PASSWORD")
                .containsKey("POSTGRES_PASSWORD_FILE");
        String nginx = InfraFiles.text("compose/nginx.conf");
        assertThat(nginx).contains("server jevons-1:8080", "server jevons-2:8080", "proxy_buffering off");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesRunsTwoReplicasProbingTheHealthGroupsWithSecretsFromASecret() throws IOException {
        Map<String, Object> kustomization = InfraFiles.yaml("kubernetes/kustomization.yaml");
        for (Object resource : (List<Object>) kustomization.get("resources")) {
            assertThat(InfraFiles.INFRA.resolve("kubernetes").resolve((String) resource)).isRegularFile();
        }
        assertThat((int) map(InfraFiles.yaml("kubernetes/deployment.yaml"), "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(InfraFiles.probePath("livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(InfraFiles.probePath("startupProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(InfraFiles.probePath("readinessProbe")).isEqualTo("/actuator/health/readiness");
        List<Map<String, Object>> environment = (List<Map<String, Object>>) InfraFiles.container().get("env");
        assertThat(environment).filteredOn(variable -> ((String) variable.get("name")).contains("PASSWORD"))
                .hasSize(3)
                .allSatisfy(variable -> {
                    assertThat(variable).doesNotContainKey("value");
                    assertThat(map(map(variable, "valueFrom"), "secretKeyRef").get("name")).isEqualTo("jevons-secrets");
                });
        List<Map<String, Object>> generated = (List<Map<String, Object>>) kustomization.get("configMapGenerator");
        assertThat(generated).flatExtracting(configMap -> (List<String>) configMap.get("literals"))
                .isNotEmpty()
                .noneMatch(literal -> literal.toUpperCase().contains("PASSWORD"))
                .as("behind the ingress").contains("SERVER_FORWARD_HEADERS_STRATEGY=framework");
    }

    @Test
    void theImageIsBuiltFromTheRepositoryAndRunsAsANonRootUser() throws IOException {
        String dockerfile = InfraFiles.text("docker/Dockerfile");
        assertThat(dockerfile).contains("USER jevons", "/actuator/health/readiness", "JarLauncher");
        assertThat(Files.readString(InfraFiles.INFRA.resolve("../.dockerignore"))).contains("**/target");
        assertThat(InfraFiles.dashboardMetrics()).contains("jevons_commands_seconds_count",
                "jevons_events_appended_total", "jevons_events_projected_total", "jevons_read_models_lag_events",
                "http_server_requests_seconds_bucket");
    }
}
