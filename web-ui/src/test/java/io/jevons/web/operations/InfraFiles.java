package io.jevons.web.operations;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the deployment material in {@code infra/} the way the tools that use it would. */
final class InfraFiles {

    static final Path INFRA = Path.of("..", "infra");
    private static final Pattern METRIC = Pattern.compile("\\b((?:jevons|http|hikaricp)_[a-z0-9_]+)");

    private InfraFiles() {
    }

    static Map<String, Object> yaml(String relativePath) throws IOException {
        try (Reader reader = Files.newBufferedReader(INFRA.resolve(relativePath), StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    static String text(String relativePath) throws IOException {
        return Files.readString(INFRA.resolve(relativePath), StandardCharsets.UTF_8);
    }

    /** The container of the Kubernetes deployment. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> container() throws IOException {
        Map<String, Object> podSpec = map(map(map(yaml("kubernetes/deployment.yaml"), "spec"), "template"), "spec");
        return ((List<Map<String, Object>>) podSpec.get("containers")).get(0);
    }

    /** The HTTP path of one of the container's probes ({@code livenessProbe}, …). */
    static String probePath(String probe) throws IOException {
        return (String) map(map(container(), probe), "httpGet").get("path");
    }

    /** The metric names the Grafana dashboard's queries use. */
    static List<String> dashboardMetrics() throws IOException {
        List<String> metrics = new ArrayList<>();
        Matcher matcher = METRIC.matcher(text("grafana/jevons-dashboard.json"));
        while (matcher.find()) {
            if (!metrics.contains(matcher.group(1))) {
                metrics.add(matcher.group(1));
            }
        }
        return metrics;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        if (!(child instanceof Map)) {
            throw new AssertionError("no mapping '" + key + "' in " + parent.keySet());
        }
        return (Map<String, Object>) child;
    }
}
