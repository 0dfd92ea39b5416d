package io.jevons.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at a fresh database of {@link TestPostgres}. */
public class TestPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestPostgres.newDatabase(),
                "spring.datasource.username=" + TestPostgres.user(),
                "spring.datasource.password=" + TestPostgres.password()
        ).applyTo(context);
    }
}
