package io.jevons.projection.runtime;

import io.jevons.projection.ReadModels;
import io.jevons.testsupport.PostgresIntegrationTest;
import io.jevons.testsupport.ScenarioApi.Versioned;
import io.jevons.testsupport.ScenarioApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Axon's JDBC gap hazard: an event whose transaction commits long after the event was created. Once the
 * processor reads an event older than the gap timeout, it gives up every hole in the global index before it;
 * with Axon's default of a minute, the slow event below would never be projected.
 */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
class SlowTransactionIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    @Test
    void anEventCommittedTwoMinutesAfterItWasCreatedIsStillProjected() throws Exception {
        ScenarioApi api = new ScenarioApi(mvc);
        Versioned slow = api.create("Slow transaction", "alice");
        Versioned other = api.create("Another slow one", "bob");
        ReadModels.awaitVersion(mvc, slow.id(), 1);
        ReadModels.awaitVersion(mvc, other.id(), 1);
        Instant twoMinutesAgo = Instant.now().minus(2, ChronoUnit.MINUTES);

        try (Connection stuck = dataSource.getConnection()) {
            stuck.setAutoCommit(false);
            append(stuck, slow.id(), twoMinutesAgo); // takes a global index, then waits
            try (Connection later = dataSource.getConnection()) {
                // a higher index, created as long ago and committed first: reading it is what drops old gaps
                append(later, other.id(), twoMinutesAgo);
            }
            ReadModels.awaitVersion(mvc, other.id(), 2);
            stuck.commit();
        }

        ReadModels.awaitVersion(mvc, slow.id(), 2);
    }

    private static void append(Connection connection, UUID scenario, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into eventstore.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (?, ?, 1, 'Scenario', ?, 'io.jevons.planning.api.demand.DemandBaselineSet', '1', ?, ?)""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, scenario.toString());
            insert.setString(3, createdAt.toString());
            insert.setBytes(4, """
                    {"scenarioId":"%s","requestsPerDay":3.0E9,"reason":"slow commit"}""".formatted(scenario)
                    .getBytes(StandardCharsets.UTF_8));
            insert.setBytes(5, "{\"user\":\"alice\"}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
