package io.jevons.web.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/** Appends events with the replay benchmark's generator, {@code infra/bench/replay-events.sql}, run without psql. */
final class BenchmarkEvents {

    private static final Path GENERATOR = Path.of("..", "infra", "bench", "replay-events.sql");

    private BenchmarkEvents() {
    }

    /** Copies of the scenario {@code template} (its events first), each {@code events} long, in sessions. */
    static void append(NodeDatabase database, String template, int scenarios, int events, int session)
            throws IOException, SQLException {
        String script = Files.readAllLines(GENERATOR).stream()
                .filter(line -> !line.startsWith("--") && !line.startsWith("\\"))
                .collect(Collectors.joining("\n"))
                .replace(":'demo'", "'" + template + "'")
                .replace(":scenarios", Integer.toString(scenarios))
                .replace(":events", Integer.toString(events))
                .replace(":session", Integer.toString(session));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
