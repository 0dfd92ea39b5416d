package io.jevons.planning.scenario;

import org.axonframework.common.caching.Cache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScenarioCacheSettings.class)
class ScenarioConfiguration {

    /**
     * Keeps recently used scenarios loaded, so a command does not replay the whole stream; a write that lost a
     * race on another node fails on the event store's unique key, which evicts the stale copy.
     */
    @Bean
    Cache scenarioCache(ScenarioCacheSettings settings) {
        return new ScenarioCache(settings.size());
    }

    @Bean
    ScenarioCommandTargets scenarioCommandTargets() {
        return new ScenarioCommandTargets();
    }
}
