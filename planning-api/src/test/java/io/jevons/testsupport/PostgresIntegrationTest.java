package io.jevons.testsupport;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Gives a Spring test context a real PostgreSQL database of its own (see {@link TestPostgres}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = TestPostgresInitializer.class)
public @interface PostgresIntegrationTest {
}
