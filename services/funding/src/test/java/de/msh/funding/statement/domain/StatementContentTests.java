package de.msh.funding.statement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import de.msh.funding.statement.format.ParsedStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementContentTests {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 10);

    @Test
    void isTheBanksFactsNotHowAReaderRenderedThem() {
        ParsedStatement read = statement("S-1", booking(1, "5000.00", "R-1", "Stmt[1]/Ntry[1]", "Abruf  IB-1", "IB"));
        ParsedStatement readOtherwise =
                statement("S-1", booking(1, "5000.0", "R-1", "Zeile 2", "Abruf IB-1", "Investitionsbank"));

        assertThat(StatementContent.of(readOtherwise)).isEqualTo(StatementContent.of(read));
        assertThat(StatementContent.of(read)).doesNotContain("camt").hasSize(64);
    }

    @Test
    void changesWithAnyFactOfAnyBooking() {
        String base = StatementContent.of(statement("S-1", booking(1, "5000.00", "R-1", "x", "t", "n")));

        assertThat(List.of(
                        statement("S-2", booking(1, "5000.00", "R-1", "x", "t", "n")),
                        statement("S-1", booking(1, "5000.01", "R-1", "x", "t", "n")),
                        statement("S-1", booking(1, "5000.00", "R-2", "x", "t", "n")),
                        statement("S-1", booking(1, "5000.00", null, "x", "t", "n")),
                        statement(
                                "S-1",
                                booking(1, "5000.00", "R-1", "x", "t", "n"),
                                booking(2, "1.00", "R-3", "x", "t", "n"))))
                .allSatisfy(other -> assertThat(StatementContent.of(other)).isNotEqualTo(base));
    }

    private static ParsedStatement statement(String id, ParsedBooking... bookings) {
        return new ParsedStatement(
                "camt.053", id, "DE55800550083000123456", "IBAN", "EUR", DAY, DAY, null, null, List.of(bookings));
    }

    private static ParsedBooking booking(
            int position, String amount, String reference, String location, String text, String counterparty) {
        return new ParsedBooking(
                position,
                location,
                reference,
                DAY,
                DAY,
                new BigDecimal(amount),
                Direction.CREDIT,
                false,
                counterparty,
                null,
                text,
                null);
    }
}
