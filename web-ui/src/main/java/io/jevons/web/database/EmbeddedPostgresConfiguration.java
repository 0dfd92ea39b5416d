package io.jevons.web.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Without an external database, Jevons runs real PostgreSQL binaries (from Maven Central) on a data
 * directory that survives restarts. The pool wraps the server's JDBC URL: the embedded library's own
 * DataSource opens a new connection (about 10 ms) for every use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNoExternalDatabase
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final String USER = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        OrphanedPostmaster.stopIfOrphaned(dataDirectory, Duration.ofSeconds(30));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The library starts PostgreSQL tuned for throwaway test data (-F, no synchronous
                // commit); these later settings win and make an acknowledged event durable.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {} (set SPRING_DATASOURCE_URL to use another server)",
                postgres.getPort(), dataDirectory);
        return postgres;
    }

    /**
     * Closed before the server stops, since it depends on it. Takes the same {@code spring.datasource.hikari}
     * settings (pool size, timeouts, driver properties) as an external database's pool.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("jevons-embedded");
        pool.setJdbcUrl(postgres.getJdbcUrl(USER, "postgres"));
        pool.setUsername(USER);
        return pool;
    }
}
