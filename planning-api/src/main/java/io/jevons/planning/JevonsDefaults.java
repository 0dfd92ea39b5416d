package io.jevons.planning;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The framework settings every Jevons process needs (no Axon Server, no update check, strict JSON, sessions in
 * PostgreSQL), from {@code jevons-defaults.properties}, added before the context starts and below every other
 * source, so the application's configuration and the environment override them. Jevons' own settings are typed
 * records (see the {@code *Settings} classes); these are the frameworks'.
 */
public final class JevonsDefaults implements EnvironmentPostProcessor {

    static final String FILE = "jevons-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("jevons-defaults", new ClassPathResource(FILE)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the Jevons defaults " + FILE + " are missing from the class path", unreadable);
        }
    }
}
