package io.jevons.planning.scenario;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

    /**
     * Keeps recently used scenarios loaded, so a command does not replay the whole stream; a write that lost a
     * race on another node fails on the event store's unique key, which evicts the stale copy.
     */
    @Bean
    Cache scenarioCache(@Value("${jevons.scenario-cache.size:1000}") int size) {
        return new ScenarioCache(size);
    }

    @Bean
    ScenarioCommandTargets scenarioCommandTargets() {
        return new ScenarioCommandTargets();
    }
}
