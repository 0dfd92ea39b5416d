package io.jevons.planning.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule jevonsValuesModule() {
        return JevonsJson.webModule();
    }
}
