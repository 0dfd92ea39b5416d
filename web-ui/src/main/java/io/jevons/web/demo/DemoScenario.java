package io.jevons.web.demo;

import io.jevons.capacity.defaults.DatedChange;
import io.jevons.capacity.defaults.DefaultScenario;
import io.jevons.planning.api.event.AssumptionEvents;
import io.jevons.planning.api.event.ScenarioCreated;
import io.jevons.planning.api.history.AuditMetadata;
import io.jevons.planning.api.history.ScenarioHistory;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.scenario.ScenarioAlreadyExists;
import io.jevons.planning.scenario.copies.ImportedEvent;
import io.jevons.planning.scenario.copies.ScenarioImports;
import io.jevons.planning.security.ConditionalOnDemoInstallation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads the default scenario on a demo installation, once, as the history its planners made: every change on
 * its date (2024-12 to 2025-02), by its planner, with its reason and source, so that history, audit and
 * time travel have something real to show.
 */
@Component
@Order(1)
@ConditionalOnDemoInstallation
class DemoScenario implements ApplicationRunner {

    static final ScenarioId ID = new ScenarioId(
            UUID.nameUUIDFromBytes("jevons:default-scenario".getBytes(StandardCharsets.UTF_8)));
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    /** Changes of one day are a minute apart from 09:00 UTC, in the order the planners made them. */
    private static final Duration BETWEEN_CHANGES = Duration.ofMinutes(1);

    private final ScenarioImports imports;
    private final ScenarioHistory history;

    DemoScenario(ScenarioImports imports, ScenarioHistory history) {
        this.imports = imports;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.currentVersion(ID) > 0) {
            return;
        }
        List<DatedChange> changes = DefaultScenario.history();
        List<ImportedEvent> events = new ArrayList<>(changes.size() + 1);
        Instant created = morningOf(changes.get(0).date()).minus(BETWEEN_CHANGES);
        events.add(new ImportedEvent(new ScenarioCreated(ID, DefaultScenario.NAME, DefaultScenario.HORIZON.first(),
                DefaultScenario.HORIZON.last(), "Default scenario from the seed articles (2024-12, 2025-02)"),
                changes.get(0).planner(), created, Map.of()));
        LocalDate day = null;
        Instant time = created;
        for (DatedChange change : changes) {
            time = change.date().equals(day) ? time.plus(BETWEEN_CHANGES) : morningOf(change.date());
            day = change.date();
            events.add(new ImportedEvent(AssumptionEvents.of(ID, change.change(), change.reason()), change.planner(),
                    time, Map.of(AuditMetadata.SOURCE, change.source())));
        }
        try {
            imports.importStream(ID, events.iterator());
        } catch (ScenarioAlreadyExists loadedByAnotherNode) {
            log.info("The demo scenario was loaded by another node starting at the same time");
            return;
        }
        log.info("Loaded the demo scenario \"{}\" ({}): {} events", DefaultScenario.NAME, ID, events.size());
    }

    private static Instant morningOf(LocalDate date) {
        return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
