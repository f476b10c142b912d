package de.msh.funding.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our CSV statement format as finance staff save it from Excel, and the ways it comes broken. */
class CsvStatementReaderTests {

    private static final String HEADER =
            "Konto;Auszug;Buchungstag;Valuta;Betrag;Währung;Name;IBAN;Verwendungszweck;Bankreferenz\n";
    private static final String ROW = "DE55800550083000123456;2026-03;05.03.2026;;%s;EUR;;;;\n";

    @Test
    void readsAnExcelExportWithByteOrderMarkQuotesAndLineBreaks() throws IOException {
        ParsedStatement statement;
        try (InputStream in = getClass().getResourceAsStream("/statements/statement-sparkasse.csv")) {
            statement = CsvStatementReader.read(Objects.requireNonNull(in));
        }

        assertThat(statement.format()).isEqualTo("csv");
        assertThat(statement.statementId()).isEqualTo("2026-03");
        assertThat(statement.iban()).isEqualTo("DE55800550083000123456");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(statement.openingBalance()).isNull();
        assertThat(statement.closingBalance()).isNull();
        assertThat(statement.bookings())
                .extracting(
                        ParsedBooking::position,
                        ParsedBooking::location,
                        booking -> booking.amount().toPlainString(),
                        ParsedBooking::direction,
                        ParsedBooking::valueDate)
                .containsExactly(
                        tuple(1, "Zeile 2", "250000.00", Direction.CREDIT, LocalDate.of(2026, 3, 5)),
                        tuple(2, "Zeile 3", "1785.00", Direction.DEBIT, LocalDate.of(2026, 3, 11)),
                        tuple(3, "Zeile 6", "7500.00", Direction.CREDIT, LocalDate.of(2026, 3, 20)));

        ParsedBooking invoice = statement.bookings().get(1);
        assertThat(invoice.counterpartyName()).isEqualTo("Ingenieurbüro Müller & Partner; Halle");
        assertThat(invoice.counterpartyIban()).isEqualTo("DE83800537621234567890");
        assertThat(invoice.remittance()).isEqualTo("Rechnung 2026-117 Machbarkeitsstudie \"Südharz\" IB-2038-0142");
        assertThat(invoice.bankReference()).isEqualTo("2026031000447");
        assertThat(invoice.reversal()).isFalse();
        assertThat(invoice.endToEndId()).isNull();

        ParsedBooking ownShare = statement.bookings().get(2);
        assertThat(ownShare.counterpartyIban()).isNull();
        assertThat(ownShare.bankReference()).isNull();
        assertThat(ownShare.remittance()).isEqualTo("Eigenanteil IB-2038-0142");
    }

    @Test
    void readsCommaSeparatedColumnsInAnyOrderAndCase() {
        ParsedStatement statement = read("betrag,WÄHRUNG,buchungstag,Konto,Auszug\n"
                + "\"-1.234,56\",eur,2026-03-09,DE55 8005 5008 3000 1234 56,A-7\n");

        assertThat(statement.statementId()).isEqualTo("A-7");
        assertThat(statement.iban()).isEqualTo("DE55800550083000123456");
        assertThat(statement.bookings()).singleElement().satisfies(booking -> {
            assertThat(booking.amount()).isEqualByComparingTo("1234.56");
            assertThat(booking.amount().scale()).isEqualTo(2);
            assertThat(booking.direction()).isEqualTo(Direction.DEBIT);
            assertThat(booking.valueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(booking.remittance()).isEmpty();
            assertThat(booking.counterpartyName()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        1.234,56   | 1234.56 | CREDIT
        -1.234,56  | 1234.56 | DEBIT
        1234,56    | 1234.56 | CREDIT
        1234.56    | 1234.56 | CREDIT
        +5         | 5.00    | CREDIT
        -0,5       | 0.50    | DEBIT
        1.000.000,00 | 1000000.00 | CREDIT
        """)
    void readsAmountsInGermanAndInPlainNotation(String cell, String amount, Direction direction) {
        ParsedBooking booking = read(HEADER + ROW.formatted(cell)).bookings().get(0);

        assertThat(booking.amount()).isEqualByComparingTo(amount);
        assertThat(booking.amount().scale()).isEqualTo(2);
        assertThat(booking.direction()).isEqualTo(direction);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        1.234     | mehr als zwei Nachkommastellen: 1.234
        12,345    | mehr als zwei Nachkommastellen: 12,345
        0,00      | Betrag ist 0,00
        1.23.4,5  | keine gültige Zahl
        1 234,56  | keine gültige Zahl
        12 EUR    | keine gültige Zahl
        """)
    void refusesAmountsThatAreNotExactEuroAndCent(String cell, String message) {
        assertRefused(HEADER + ROW.formatted(cell), "Zeile 2, Spalte Betrag", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "2026-02-31", "05.03.26", "gestern"})
    void refusesDatesThatDoNotExist(String date) {
        assertRefused(
                HEADER + ROW.formatted("1,00").replace("05.03.2026", date),
                "Zeile 2, Spalte Buchungstag",
                "Ungültiges Datum: " + date);
    }

    @Test
    void refusesASecondAccountOrStatementInOneFile() {
        String first = ROW.formatted("1,00");

        assertRefused(
                HEADER + first + first.replace("DE55800550083000123456", "DE02800550083000654321"),
                "Zeile 3, Spalte Konto",
                "DE02800550083000654321 weicht von DE55800550083000123456");
        assertRefused(HEADER + first + first.replace("2026-03", "2026-04"), "Zeile 3, Spalte Auszug", "2026-04");
    }

    @Test
    void refusesMissingUnknownOrDoubledColumns() {
        assertRefused("Konto;Auszug;Buchungstag;Währung\nx;y;z;EUR\n", "Zeile 1", "Pflichtspalte fehlt: Betrag");
        assertRefused("Konto;Auszug;Buchungsdatum;Betrag;Währung\n", "Zeile 1, Spalte 3", "„Buchungsdatum“");
        assertRefused("Konto;Auszug;Buchungstag;Betrag;Währung;betrag\n", "Zeile 1, Spalte 6", "doppelt");
        assertRefused(
                HEADER + ROW.formatted("1,00").replace("DE55800550083000123456", ""),
                "Zeile 2, Spalte Konto",
                "Pflichtangabe fehlt: Konto");
    }

    @Test
    void refusesForeignCurrenciesAndInvalidIbans() {
        assertRefused(
                HEADER + ROW.formatted("1,00").replace("EUR", "USD"),
                "Zeile 2, Spalte Währung",
                "Nur Euro-Konten werden abgeglichen, nicht USD");
        assertRefused(
                HEADER + ROW.formatted("1,00").replace(";;;;", ";Stadt Sangerhausen;DE05800550080300004712;;"),
                "Zeile 2, Spalte IBAN",
                "Ungültige IBAN: DE05800550080300004712");
    }

    @Test
    void namesTheLineOfBrokenQuotesAndMissingCells() {
        assertRefused(HEADER + "\n" + ROW.formatted("1,00") + "a;b\n", "Zeile 4", "Erwartet 10 Zellen");
        assertRefused(
                HEADER + ROW.formatted("1,00").replace(";;;;", ";;;\"nie geschlossen;"),
                "Zeile 2",
                "Anführungszeichen");
    }

    @Test
    void refusesFilesThatAreEmptyNotUtf8OrTooLarge() {
        assertRefused("", "Zeile 1", "Kopfzeile");
        assertRefused(HEADER, "Zeile 1", "keine Buchungen");

        byte[] latin1 = (HEADER + ROW.formatted("1,00")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvStatementReader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(
                        UnreadableStatement.class,
                        e -> assertThat(e.getMessage()).contains("UTF-8"));

        byte[] huge = (HEADER + ROW.formatted("1,00").repeat(StatementLimits.MAX_BYTES / 40))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvStatementReader.read(new ByteArrayInputStream(huge)))
                .isInstanceOfSatisfying(UnreadableStatement.class, e -> {
                    assertThat(e.location()).isEqualTo("Datei");
                    assertThat(e.getMessage()).isEqualTo("Datei größer als 5 MiB");
                });
    }

    @Test
    void refusesMoreThanTenThousandBookings() {
        String rows = ROW.formatted("1,00").repeat(StatementLimits.MAX_BOOKINGS + 1);

        assertRefused(HEADER + rows, "Zeile 10002", "Mehr als 10000 Buchungen");
    }

    private static ParsedStatement read(String csv) {
        return CsvStatementReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String csv, String location, String message) {
        assertThatThrownBy(() -> read(csv)).as(location).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.location()).isEqualTo(location);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
