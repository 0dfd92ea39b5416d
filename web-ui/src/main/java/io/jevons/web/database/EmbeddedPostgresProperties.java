package io.jevons.web.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL that Jevons starts itself when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port          TCP port on localhost, 0 for any free port
 */
@ConfigurationProperties("jevons.embedded-postgres")
record EmbeddedPostgresProperties(Path dataDirectory, int port) {

    EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".jevons", "postgres");
        }
    }
}
