package io.jevons.planning.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Demo content (users, the default scenario) belongs to a demo installation: {@code jevons.demo.enabled}
 * when set, otherwise exactly when no external database is configured (the embedded default).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Conditional(ConditionalOnDemoInstallation.DemoInstallation.class)
public @interface ConditionalOnDemoInstallation {

    class DemoInstallation implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String explicit = context.getEnvironment().getProperty("jevons.demo.enabled");
            if (explicit != null) {
                return Boolean.parseBoolean(explicit.strip());
            }
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
