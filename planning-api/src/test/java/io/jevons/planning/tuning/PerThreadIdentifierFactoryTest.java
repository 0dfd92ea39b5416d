package io.jevons.planning.tuning;


import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadIdentifierFactoryTest {

    @Test
    void axonUsesItAndItMakesDistinctVersion4Uuids() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(PerThreadIdentifierFactory.class);
        Set<String> identifiers = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String identifier = IdentifierFactory.getInstance().generateIdentifier();
            UUID uuid = UUID.fromString(identifier);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            identifiers.add(identifier);
        }
        assertThat(identifiers).hasSize(100_000);
    }
}
