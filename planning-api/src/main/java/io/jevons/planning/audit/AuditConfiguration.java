package io.jevons.planning.audit;

import io.jevons.planning.api.history.AuditMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Copies the audit metadata from each command to the events it causes. The user is stamped on the
 * command by {@link AuthenticatedUserInterceptor} from the security context of the sending thread;
 * the correlation id by {@link AuditedCommands}.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.USER, AuditMetadata.CORRELATION_ID);
    }

    @Bean
    InitializingBean authenticatedUserOnEveryCommand(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new AuthenticatedUserInterceptor());
    }
}
