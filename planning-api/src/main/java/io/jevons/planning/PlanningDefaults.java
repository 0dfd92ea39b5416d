package io.jevons.planning;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Settings every Jevons process needs (no Axon Server, no update check, strict JSON); the
 * application's own configuration and the environment override them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:jevons-defaults.properties")
@EnableScheduling
class PlanningDefaults {
}
