package io.jevons.planning.json;

import io.jevons.planning.api.json.JevonsJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer jevonsValueShapes() {
        return JevonsJson::configureWeb;
    }
}
