package io.jevons.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers container when a
 * Docker engine answers, otherwise embedded PostgreSQL binaries (Maven Central). One server per JVM;
 * each Spring context gets a database of its own, so tests never see each other's data.
 */
public final class TestPostgres {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Server server;

    private TestPostgres() {
    }

    /** Creates an empty database and answers its JDBC URL; user and password are {@link #user()}/{@link #password()}. */
    public static String newDatabase() {
        Server running = server();
        String name = "jevons_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(running.jdbcUrl("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return running.jdbcUrl(name);
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Which kind of server answered, for test reports. */
    public static String kind() {
        return server().kind();
    }

    private static Server server() {
        if (server == null) {
            synchronized (TestPostgres.class) {
                if (server == null) {
                    server = dockerAnswers() ? containerServer() : embeddedServer();
                }
            }
        }
        return server;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Server containerServer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                .withUsername(USER).withPassword(PASSWORD).withDatabaseName("postgres");
        container.start();
        String base = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        return new Server("testcontainers", base);
    }

    private static Server embeddedServer() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setRegisterShutdownHook(false)
                    .start();
            // After the test contexts have closed: stopped in a shutdown hook of its own, the server went first, and
            // the contexts' processors waited out their stop timeouts against it until Surefire killed the fork.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the server's directory is temporary
                }
            });
            return new Server("embedded", "jdbc:postgresql://localhost:" + postgres.getPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private record Server(String kind, String baseUrl) {
        String jdbcUrl(String database) {
            return baseUrl + database;
        }
    }
}
