package io.jevons.projection;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Processor settings of the read models; the application's configuration overrides them. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:jevons-projection-defaults.properties")
class ProjectionDefaults {
}
