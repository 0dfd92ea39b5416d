package io.jevons.planning.settings;

import io.jevons.planning.JevonsDefaults;
import io.jevons.planning.cluster.NodeSettings;
import io.jevons.planning.cluster.ReadModelSettings;
import io.jevons.planning.eventstore.EventStoreSettings;
import io.jevons.planning.security.SecuritySettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings records bind their defaults, take what is configured, and refuse a value out of range at start-up. */
class SettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EventStoreSettings.class, ReadModelSettings.class, SecuritySettings.class,
            NodeSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void withNothingConfiguredEverySettingHasItsDefault() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(EventStoreSettings.class).fetchDelay()).isEqualTo(Duration.ofMillis(100));
            assertThat(started.getBean(ReadModelSettings.class).segments()).isEqualTo(4);
            assertThat(started.getBean(SecuritySettings.class).oidc().usernameClaim()).isEqualTo("preferred_username");
            assertThat(started.getBean(NodeSettings.class).nodeId()).isEmpty();
        });
    }

    @Test
    void configuredValuesBindByTheirDocumentedNames() {
        context.withPropertyValues("jevons.read-models.batch-pause=PT0.2S", "jevons.event-store.cached-events=500",
                        "jevons.security.oidc.roles-claim=groups", "jevons.node-id=node-a")
                .run(started -> {
                    assertThat(started.getBean(ReadModelSettings.class).batchPause()).isEqualTo(Duration.ofMillis(200));
                    assertThat(started.getBean(EventStoreSettings.class).cachedEvents()).isEqualTo(500);
                    assertThat(started.getBean(SecuritySettings.class).oidc().rolesClaim()).isEqualTo("groups");
                    assertThat(started.getBean(NodeSettings.class).nodeId()).isEqualTo("node-a");
                });
    }

    @Test
    void aSettingOutOfRangeStopsTheStartWithItsName() {
        context.withPropertyValues("jevons.read-models.segments=0").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("segments");
        });
    }

    @Test
    void theFrameworkDefaultsComeBeforeTheContextAndGiveWayToEveryOtherSource() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("spring.session.jdbc.table-name", "elsewhere.sessions")));

        new JevonsDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("spring.jackson.deserialization.fail-on-unknown-properties")).isEqualTo("true");
        assertThat(environment.getProperty("spring.session.jdbc.table-name")).isEqualTo("elsewhere.sessions");
    }
}
