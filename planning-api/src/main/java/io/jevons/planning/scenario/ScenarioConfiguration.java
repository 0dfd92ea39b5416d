package io.jevons.planning.scenario;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScenarioConfiguration {

    /**
     * Keeps loaded scenarios in memory while they are in use, so a command does not replay the whole stream;
     * a write that lost a race on another node fails on the event store's unique key and is evicted.
     */
    @Bean
    Cache scenarioCache() {
        return new WeakReferenceCache();
    }
}
