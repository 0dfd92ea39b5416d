package io.jevons.capacity.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleTest {

    private static final Horizon HORIZON = new Horizon(Quarter.of(2025, 1), Quarter.of(2025, 4));

    @Test
    void aValueHoldsFromItsQuarterUntilTheNextChange() {
        Schedule<String> schedule = Schedule.<String>empty()
                .with(Quarter.of(2025, 3), "late")
                .with(Quarter.of(2025, 2), "early");

        assertThat(schedule.valueAt(Quarter.of(2025, 1))).isEmpty();
        assertThat(schedule.valueAt(Quarter.of(2025, 2))).contains("early");
        assertThat(schedule.valueAt(Quarter.of(2025, 4))).contains("late");
        assertThat(schedule.perQuarter(HORIZON, "none")).containsExactly("none", "early", "late", "late");
    }

    @Test
    void settingTheSameQuarterAgainReplacesTheValue() {
        Schedule<Integer> schedule = Schedule.of(Quarter.of(2025, 1), 1).with(Quarter.of(2025, 1), 2);

        assertThat(schedule.changes()).hasSize(1);
        assertThat(schedule.valueAt(Quarter.of(2025, 4))).contains(2);
    }

    @Test
    void refusesTwoValuesForOneQuarter() {
        assertThatThrownBy(() -> new Schedule<>(java.util.List.of(
                new Schedule.Change<>(Quarter.of(2025, 1), 1), new Schedule.Change<>(Quarter.of(2025, 1), 2))))
                .hasMessageContaining("two values from 2025Q1");
    }
}
