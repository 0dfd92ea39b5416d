package io.jevons.planning.audit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Sends a command and waits for its outcome, tagged with a correlation id (the caller's, or a new
 * one) so that every event of one client operation can be found together in the audit log.
 */
@Component
public class AuditedCommands {

    private final CommandGateway commandGateway;

    AuditedCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command, String correlationId) {
        String correlation = correlationId == null || correlationId.isBlank()
                ? UUID.randomUUID().toString()
                : correlationId.strip();
        MetaData metaData = MetaData.with(AuditMetadata.CORRELATION_ID, correlation);
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
