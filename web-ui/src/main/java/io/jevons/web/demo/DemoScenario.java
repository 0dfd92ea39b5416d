package io.jevons.web.demo;

import io.jevons.capacity.time.Horizon;
import io.jevons.capacity.time.Quarter;
import io.jevons.planning.api.scenario.CreateScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.audit.AuditedCommands;
import io.jevons.planning.security.ConditionalOnDemoInstallation;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Loads the default scenario ("AI inference 2025–2030") on a demo installation, once: its id is fixed,
 * and it is only created when the event store has no stream for it.
 */
@Component
@Order(1)
@ConditionalOnDemoInstallation
class DemoScenario implements ApplicationRunner {

    static final ScenarioId ID = new ScenarioId(
            UUID.nameUUIDFromBytes("jevons:default-scenario".getBytes(StandardCharsets.UTF_8)));
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

    private final AuditedCommands commands;
    private final EventStore eventStore;

    DemoScenario(AuditedCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(ID.toString()).isPresent()) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "planner", null, AuthorityUtils.createAuthorityList("ROLE_PLANNER")));
            commands.send(new CreateScenario(ID, "AI inference 2025–2030",
                    new Horizon(Quarter.of(2025, 1), Quarter.of(2030, 4)),
                    "Default scenario from the seed articles (2024-12, 2025-02)"), "demo-seed");
            log.info("Loaded the demo scenario {}", ID);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
