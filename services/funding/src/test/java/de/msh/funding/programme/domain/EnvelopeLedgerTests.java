package de.msh.funding.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopeLedgerTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theLedgerNeverCommitsMoreThanTheEnvelopeAndCountsAGrantOnce() {
        EnvelopeLedger ledger = EnvelopeLedger.open("invkg-arm1", new BigDecimal("1000.00"));

        assertThat(ledger.commit("g-1", new BigDecimal("600.00"), NOW)).isTrue();
        assertThat(ledger.commit("g-1", new BigDecimal("600.00"), NOW)).isFalse();
        assertThatThrownBy(() -> ledger.commit("g-2", new BigDecimal("400.01"), NOW))
                .isInstanceOfSatisfying(
                        EnvelopeExceeded.class, e -> assertThat(e.rule()).isEqualTo(EnvelopeExceeded.RULE));
        assertThat(ledger.commit("g-2", new BigDecimal("400.00"), NOW)).isTrue();
        assertThat(ledger.remaining()).isEqualByComparingTo("0.00");
        assertThat(ledger.release("g-1")).isTrue();
        assertThat(ledger.remaining()).isEqualTo(new BigDecimal("600.00"));
    }

    @Test
    void aGrantsCommitmentMovesUpOnlyWithinWhatIsLeftAndDownFreely() {
        EnvelopeLedger ledger = EnvelopeLedger.open("invkg-arm1", new BigDecimal("1000.00"));
        ledger.commit("g-1", new BigDecimal("600.00"), NOW);
        ledger.commit("g-2", new BigDecimal("300.00"), NOW);

        assertThatThrownBy(() -> ledger.commit("g-1", new BigDecimal("700.01"), NOW))
                .isInstanceOfSatisfying(
                        EnvelopeExceeded.class,
                        e -> assertThat(e.getMessage()).contains("100.00 EUR left, not 100.01 EUR more"));
        assertThat(ledger.commit("g-1", new BigDecimal("700.00"), NOW)).isTrue();
        assertThat(ledger.commit("g-2", new BigDecimal("120.50"), NOW)).isTrue();
        assertThat(ledger.remaining()).isEqualTo(new BigDecimal("179.50"));
        assertThat(ledger.commit("g-2", BigDecimal.ZERO.setScale(2), NOW)).isTrue();
        assertThat(ledger.commitments())
                .extracting(EnvelopeLedger.Commitment::grantId)
                .containsExactly("g-1");
    }
}
