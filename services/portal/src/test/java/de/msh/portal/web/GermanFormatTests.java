package de.msh.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GermanFormatTests {

    private final GermanFormat fmt = new GermanFormat();

    @Test
    void writesMoneyAsPeopleInGermanyDo() {
        assertThat(fmt.money(new BigDecimal("1234567.89"))).isEqualTo("1.234.567,89\u00a0€");
        assertThat(fmt.money(new BigDecimal("0"))).isEqualTo("0,00\u00a0€");
        assertThat(fmt.money(new BigDecimal("450000.0"))).isEqualTo("450.000,00\u00a0€");
        assertThat(fmt.money(null)).isEqualTo("–");
    }

    @Test
    void writesDaysAndMomentsInBerlinTime() {
        assertThat(fmt.date(LocalDate.of(2026, 11, 29))).isEqualTo("29.11.2026");
        // 23:30 UTC on 31 December is already New Year's Day in Mansfeld-Südharz
        assertThat(fmt.moment(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("01.01.2027, 00:30 Uhr");
    }

    @Test
    void readsDaysAsTyped() {
        assertThat(DayInput.parse("29.11.2026")).contains(LocalDate.of(2026, 11, 29));
        assertThat(DayInput.parse(" 1.3.2026 ")).contains(LocalDate.of(2026, 3, 1));
        assertThat(DayInput.parse("2026-11-29")).contains(LocalDate.of(2026, 11, 29));
        assertThat(DayInput.parse("31.02.2026")).isEmpty();
        assertThat(DayInput.parse("11/29/2026")).isEmpty();
        assertThat(DayInput.parse("")).isEmpty();
    }

    @Test
    void readsAmountsAsTyped() {
        assertThat(MoneyInput.parse("1.234.567,89")).contains(new BigDecimal("1234567.89"));
        assertThat(MoneyInput.parse("450000")).contains(new BigDecimal("450000.00"));
        assertThat(MoneyInput.parse(" 12,5 € ")).contains(new BigDecimal("12.50"));
        assertThat(MoneyInput.parse("1.5")).isEmpty();
        assertThat(MoneyInput.parse("12,345")).isEmpty();
        assertThat(MoneyInput.parse("-5")).isEmpty();
        assertThat(MoneyInput.parse("")).isEmpty();
    }
}
