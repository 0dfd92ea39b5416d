package io.jevons.planning.audit;

import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.web.CorrelationIds;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;


/**
 * Sends a command and waits for its outcome, tagged with the correlation id of the current request (or a new
 * one) so that every event of one client operation can be found together in the audit log.
 */
@Component
public class AuditedCommands {

    private final CommandGateway commandGateway;

    AuditedCommands(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R send(Object command) {
        MetaData metaData = MetaData.with(AuditMetadata.CORRELATION_ID, CorrelationIds.current());
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
