package io.jevons.projection.readmodel;

import io.jevons.projection.live.ScenarioChange;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Tells every node that a scenario changed (PostgreSQL NOTIFY, delivered at commit), so open pages show the change:
 * once per scenario and batch, for its last event. Only a generation serving reads announces.
 */
final class ChangeAnnouncements implements ReadModel {

    private final JdbcClient jdbc;

    ChangeAnnouncements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(List<ChangedScenario> changed) {
        for (ChangedScenario scenario : changed) {
            if (scenario.servesReads()) {
                AuditRow last = scenario.last();
                ScenarioChange change = new ScenarioChange(last.scenarioId(), last.version(), last.user(),
                        last.eventType(), last.summary(), last.occurredAt());
                jdbc.sql("select pg_notify(?, ?)").params(ScenarioChange.CHANNEL, ReadModelJson.write(change))
                        .query().listOfRows();
            }
        }
    }
}
