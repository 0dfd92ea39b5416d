package io.jevons.web.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * If Jevons was killed (kill -9, power loss of the JVM only), its embedded PostgreSQL keeps running and
 * holds the data directory's lock. This finds such an orphaned server and shuts it down cleanly, so
 * the next start needs no manual action; a server still owned by a running JVM is left alone.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    static void stopIfOrphaned(Path dataDirectory, Duration timeout) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOn(process, dataDirectory));
        if (postmaster.isEmpty()) {
            return; // a stale lock file of a dead server: PostgreSQL removes it itself
        }
        ProcessHandle server = postmaster.get();
        if (server.parent().filter(OrphanedPostmaster::isJava).isPresent()) {
            throw new IllegalStateException("the embedded PostgreSQL data directory " + dataDirectory
                    + " is in use by another running Jevons (process " + server.parent().get().pid() + ")");
        }
        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run on {}", server.pid(), dataDirectory);
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown, its clients are already gone
        try {
            server.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("orphaned PostgreSQL " + server.pid() + " did not stop within " + timeout, e);
        }
    }

    private static boolean isPostgresOn(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
        String wanted = dataDirectory.toAbsolutePath().normalize().toString();
        boolean sameDirectory = info.arguments()
                .map(arguments -> List.of(arguments).contains(wanted))
                .orElse(false);
        return postgres && sameDirectory;
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }
}
