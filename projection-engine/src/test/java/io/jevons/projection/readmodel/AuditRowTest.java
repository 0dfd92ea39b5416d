package io.jevons.projection.readmodel;

import io.jevons.planning.api.scenario.ScenarioId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRowTest {

    @Test
    void textPostgreSqlCannotStoreIsReplacedAndTheRestKept() {
        AuditRow row = new AuditRow(new ScenarioId(UUID.randomUUID()), 2, "event", "DemandBaselineSet", "DEMAND",
                "al\u0000ice", Instant.EPOCH, "why\u0000 not", "summary\u0000", "id\u0000", "src\u0000", "ev\u0000",
                "https://example.org/\u0000", "bo\u0000b", false);

        assertThat(row).extracting(AuditRow::user, AuditRow::reason, AuditRow::summary, AuditRow::correlationId,
                        AuditRow::source, AuditRow::evidence, AuditRow::evidenceLink, AuditRow::originalUser)
                .containsExactly("al\uFFFDice", "why\uFFFD not", "summary\uFFFD", "id\uFFFD", "src\uFFFD", "ev\uFFFD",
                        "https://example.org/\uFFFD", "bo\uFFFDb");
        assertThat(new AuditRow(row.scenarioId(), 3, "event", "ScenarioRenamed", "SCENARIO", "alice", Instant.EPOCH,
                null, "renamed", null, null, null, null, null, null).reason()).isNull();
    }
}
