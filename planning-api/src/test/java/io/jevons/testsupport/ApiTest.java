package io.jevons.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A test of the HTTP API through MockMvc on the real database, with the scenario API client and JDBC at hand. */
@SpringBootTest
@AutoConfigureMockMvc
@PostgresIntegrationTest
public abstract class ApiTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    protected ScenarioApi api;

    @BeforeEach
    void createTheApiClient() {
        api = new ScenarioApi(mvc);
    }
}
