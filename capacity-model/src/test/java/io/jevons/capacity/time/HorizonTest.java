package io.jevons.capacity.time;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HorizonTest {

    @Test
    void spansFirstToLastInclusive() {
        Horizon horizon = new Horizon(Quarter.of(2025, 1), Quarter.of(2030, 4));

        assertThat(horizon.quarterCount()).isEqualTo(24);
        assertThat(horizon.quarters()).hasSize(24).startsWith(Quarter.of(2025, 1)).endsWith(Quarter.of(2030, 4));
        assertThat(horizon.contains(Quarter.of(2028, 2))).isTrue();
        assertThat(horizon.contains(Quarter.of(2031, 1))).isFalse();
        assertThat(horizon.indexOf(Quarter.of(2026, 1))).isEqualTo(4);
    }

    @Test
    void acceptsOneToEightyQuarters() {
        assertThat(new Horizon(Quarter.of(2025, 1), Quarter.of(2025, 1)).quarterCount()).isEqualTo(1);
        assertThat(new Horizon(Quarter.of(2025, 1), Quarter.of(2044, 4)).quarterCount()).isEqualTo(80);
    }

    @Test
    void rejectsMoreThanEightyQuarters() {
        assertThatThrownBy(() -> new Horizon(Quarter.of(2025, 1), Quarter.of(2045, 1)))
                .isInstanceOfSatisfying(InvalidAssumptionsException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("lastQuarter");
                            assertThat(v.reason()).contains("at most 80 quarters").contains("spans 81");
                        }));
    }

    @Test
    void rejectsALastQuarterBeforeTheFirst() {
        assertThatThrownBy(() -> new Horizon(Quarter.of(2026, 1), Quarter.of(2025, 4)))
                .hasMessageContaining("last quarter 2025Q4 is before first quarter 2026Q1");
    }
}
