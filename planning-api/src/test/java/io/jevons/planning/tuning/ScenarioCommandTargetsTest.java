package io.jevons.planning.tuning;


import io.jevons.planning.api.scenario.ArchiveScenario;
import io.jevons.planning.api.scenario.ScenarioId;
import io.jevons.planning.api.versions.LockScenario;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioCommandTargetsTest {

    private final ScenarioCommandTargets targets = new ScenarioCommandTargets();

    @Test
    void namesTheSameScenarioAsAxonsAnnotationResolver() {
        ScenarioId id = new ScenarioId(UUID.randomUUID());
        for (Object command : new Object[]{new ArchiveScenario(id, 7, "done"), new LockScenario(id, "signed off")}) {
            VersionedAggregateIdentifier ours = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier axons = AnnotationCommandTargetResolver.builder().build()
                    .resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(ours).isEqualTo(axons);
            assertThat(ours.getIdentifierValue()).isEqualTo(id);
            assertThat(ours.getVersion()).isNull();
        }
    }

    @Test
    void refusesACommandWithoutAScenario() {
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(new ArchiveScenario(null, 1, "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no scenario");
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage("not a command")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a record");
    }
}
