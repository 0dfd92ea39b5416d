package io.jevons.capacity.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTest {

    @Test
    void writesFiguresAsPlannersReadThem() {
        assertThat(Unit.USD.format(1.234e9)).isEqualTo("$1.23 B");
        assertThat(Unit.USD.format(28_000)).isEqualTo("$28,000");
        assertThat(Unit.USD_PER_MILLION_TOKENS.format(0.0271)).isEqualTo("$0.027");
        assertThat(Unit.USD.format(-4.5e8)).isEqualTo("−$450 M");
        assertThat(Unit.PERCENT.format(0.45)).isEqualTo("45 %");
        assertThat(Unit.CHIPS.format(123_456)).isEqualTo("123,456");
        assertThat(Unit.REQUESTS_PER_DAY.format(6.5e9)).isEqualTo("6.5 B");
        assertThat(Unit.MULTIPLE.format(10)).isEqualTo("10×");
        assertThat(Unit.FLOP_PER_SECOND.format(3.2e18)).isEqualTo("3.2 EFLOP/s");
        assertThat(Unit.USD_PER_KWH.format(0.08)).isEqualTo("$0.08/kWh");
        assertThat(Unit.RATIO.format(1.2)).isEqualTo("1.2");
        assertThat(Unit.MEGAWATTS.format(1234.4)).isEqualTo("1,234 MW");
    }
}
