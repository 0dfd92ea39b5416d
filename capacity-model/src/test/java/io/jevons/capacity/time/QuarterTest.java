package io.jevons.capacity.time;

import io.jevons.capacity.validation.InvalidAssumptionsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void parsesAndPrintsTheCanonicalForm() {
        assertThat(Quarter.parse("2025Q1")).isEqualTo(Quarter.of(2025, 1));
        assertThat(Quarter.parse(" 2030-q4 ")).isEqualTo(Quarter.of(2030, 4));
        assertThat(Quarter.of(2027, 3)).hasToString("2027Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025", "2025Q5", "2025Q0", "25Q1", "Q1 2025"})
    void rejectsTextThatIsNotAQuarter(String text) {
        assertThatThrownBy(() -> Quarter.parse(text))
                .isInstanceOf(InvalidAssumptionsException.class)
                .hasMessageContaining("quarter");
    }

    @Test
    void rejectsYearsOutsideThePlanningRange() {
        assertThatThrownBy(() -> Quarter.of(1999, 4)).hasMessageContaining("year must be 2000 to 2100");
        assertThatThrownBy(() -> Quarter.of(2101, 1)).hasMessageContaining("year must be 2000 to 2100");
    }

    @Test
    void stepsAcrossYearBoundariesInBothDirections() {
        assertThat(Quarter.of(2025, 4).plus(1)).isEqualTo(Quarter.of(2026, 1));
        assertThat(Quarter.of(2025, 1).plus(-1)).isEqualTo(Quarter.of(2024, 4));
        assertThat(Quarter.of(2025, 2).plus(9)).isEqualTo(Quarter.of(2027, 3));
        assertThat(Quarter.of(2025, 1).quartersUntil(Quarter.of(2030, 4))).isEqualTo(23);
        assertThat(Quarter.of(2026, 1).quartersUntil(Quarter.of(2025, 4))).isEqualTo(-1);
    }

    @Test
    void ordersChronologically() {
        assertThat(Quarter.of(2025, 4)).isLessThan(Quarter.of(2026, 1));
        assertThat(Quarter.of(2026, 1).isAfter(Quarter.of(2025, 4))).isTrue();
        assertThat(Quarter.of(2026, 1).isBefore(Quarter.of(2026, 1))).isFalse();
    }
}
