package de.msh.funding.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** camt.053 files as Sparkasse and Bundesbank deliver them, and the hostile or broken ones an upload may bring. */
class CamtStatementReaderTests {

    private static final String HEAD = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
            + "<BkToCstmrStmt><Stmt><Id>2026-03-0009</Id>"
            + "<Acct><Id><IBAN>DE55800550083000123456</IBAN></Id></Acct>";
    private static final String TAIL = "</Stmt></BkToCstmrStmt></Document>";
    private static final String ENTRY = "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
            + "<BookgDt><Dt>2026-03-05</Dt></BookgDt><AddtlNtryInf>%s</AddtlNtryInf></Ntry>";

    @Test
    void readsASparkasseStatementInVersion02() {
        ParsedStatement statement = single("camt053-v02-sparkasse.xml");

        assertThat(statement.format()).isEqualTo("camt.053");
        assertThat(statement.statementId()).isEqualTo("2026-03-0003");
        assertThat(statement.iban()).isEqualTo("DE55800550083000123456");
        assertThat(statement.currency()).isEqualTo("EUR");
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertCents(statement.openingBalance(), "1000.00");
        assertCents(statement.closingBalance(), "262695.50");
        assertThat(statement.bookings())
                .extracting(ParsedBooking::position, ParsedBooking::location, ParsedBooking::direction)
                .containsExactly(
                        tuple(1, "Stmt[1]/Ntry[1]", Direction.CREDIT),
                        tuple(2, "Stmt[1]/Ntry[2]", Direction.DEBIT),
                        tuple(3, "Stmt[1]/Ntry[4]/NtryDtls/TxDtls[1]", Direction.CREDIT),
                        tuple(4, "Stmt[1]/Ntry[4]/NtryDtls/TxDtls[2]", Direction.CREDIT),
                        tuple(5, "Stmt[1]/Ntry[5]", Direction.CREDIT));
        statement
                .bookings()
                .forEach(booking -> assertThat(booking.amount().scale()).isEqualTo(2));
    }

    @Test
    void takesCounterpartyReferencesAndRemittanceFromTheTransactionDetails() {
        List<ParsedBooking> bookings = single("camt053-v02-sparkasse.xml").bookings();

        ParsedBooking grant = bookings.get(0);
        assertCents(grant.amount(), "250000.00");
        assertThat(grant.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(grant.counterpartyName()).isEqualTo("Landeshauptkasse Sachsen-Anhalt");
        assertThat(grant.counterpartyIban()).isEqualTo("DE21810000000081001500");
        assertThat(grant.remittance())
                .isEqualTo("Mittelabruf IB-2038-0142 Tranche 2026 Zuwendungsbescheid vom 12.01.2026");
        assertThat(grant.bankReference()).isEqualTo("2026030500012");
        assertThat(grant.endToEndId()).isEqualTo("LHK-2026-0305-0142");

        ParsedBooking invoice = bookings.get(1);
        assertThat(invoice.valueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(invoice.counterpartyName()).isEqualTo("Ingenieurbüro Müller & Partner GbR");
        assertThat(invoice.counterpartyIban()).isEqualTo("DE83800537621234567890");
        assertThat(invoice.remittance()).isEqualTo("Rechnung 2026-117 Machbarkeitsstudie IB-2038-0142");
        assertThat(invoice.endToEndId()).isNull();

        ParsedBooking refund = bookings.get(4);
        assertThat(refund.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(refund.counterpartyName()).isNull();
        assertThat(refund.remittance()).isEqualTo("Rückerstattung Überzahlung Az. 61.2-0142");
    }

    @Test
    void splitsABatchBookingIntoItsTransactionsAndSkipsPendingEntries() {
        List<ParsedBooking> bookings = single("camt053-v02-sparkasse.xml").bookings();

        assertThat(bookings).extracting(ParsedBooking::remittance).noneMatch(text -> text.contains("VORMERK"));
        assertThat(bookings.subList(2, 4))
                .extracting(
                        booking -> booking.amount().toPlainString(),
                        ParsedBooking::counterpartyName,
                        ParsedBooking::bankReference,
                        ParsedBooking::remittance)
                .containsExactly(
                        tuple(
                                "7500.00",
                                "Stadt Sangerhausen",
                                "2026032000981-1",
                                "Eigenanteil IB-2038-0142 Stadt Sangerhausen"),
                        tuple("5000.00", "Lutherstadt Eisleben", "2026032000981-2", "Eigenanteil IB-2038-0155"));
    }

    @Test
    void readsTheShapesOfVersion08IncludingAReversal() {
        ParsedStatement statement = single("camt053-v08-bundeskasse.xml");

        assertThat(statement.statementId()).isEqualTo("2026-04-BBK-0007");
        assertThat(statement.iban()).isEqualTo("DE26810000000081001507");
        assertCents(statement.openingBalance(), "50000.00");
        assertCents(statement.closingBalance(), "1220000.00");
        assertThat(statement.bookings()).hasSize(5);

        ParsedBooking tranche = statement.bookings().get(0);
        assertCents(tranche.amount(), "1200000.00");
        assertThat(tranche.counterpartyName()).isEqualTo("Bundeskasse Halle");
        assertThat(tranche.counterpartyIban()).isEqualTo("DE94860000000086001099");
        assertThat(tranche.remittance()).isEqualTo("Mittelabruf IB-2038-0142 Tranche 2026 RF712038014226");
        assertThat(tranche.bankReference()).isEqualTo("BBK20260408-000311-01");
        assertThat(tranche.reversal()).isFalse();

        ParsedBooking reversal = statement.bookings().get(2);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.direction()).isEqualTo(Direction.DEBIT);
        assertThat(reversal.counterpartyName()).isEqualTo("Bundeskasse Halle");
        assertThat(reversal.remittance()).isEqualTo("Storno der Gutschrift vom 15.04.2026");
        assertThat(reversal.bookingDate()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(reversal.valueDate()).isEqualTo(LocalDate.of(2026, 4, 15));

        assertThat(statement.bookings().subList(3, 5))
                .extracting(
                        ParsedBooking::location,
                        booking -> booking.amount().toPlainString(),
                        ParsedBooking::counterpartyName,
                        ParsedBooking::endToEndId)
                .containsExactly(
                        tuple(
                                "Stmt[1]/Ntry[5]/NtryDtls/TxDtls[1]",
                                "18000.00",
                                "Stadt Sangerhausen",
                                "MSH-WL-2026-0142"),
                        tuple(
                                "Stmt[1]/Ntry[5]/NtryDtls/TxDtls[2]",
                                "12000.00",
                                "Gemeinde Südharz",
                                "MSH-WL-2026-0161"));
    }

    @Test
    void readsOneStatementPerAccount() {
        List<ParsedStatement> statements = read("two-statements.xml");

        assertThat(statements)
                .extracting(ParsedStatement::statementId, ParsedStatement::iban, ParsedStatement::from)
                .containsExactly(
                        tuple("2026-04-0015", "DE55800550083000123456", LocalDate.of(2026, 4, 14)),
                        tuple("2026-04-0009", "DE02800550083000654321", LocalDate.of(2026, 4, 13)));
        assertCents(statements.get(0).openingBalance(), "-250.00");
        assertThat(statements.get(1).openingBalance()).isNull();
        assertThat(statements.get(1).closingBalance()).isNull();
        ParsedBooking repayment = statements.get(1).bookings().get(0);
        assertThat(repayment.position()).isEqualTo(1);
        assertThat(repayment.location()).isEqualTo("Stmt[2]/Ntry[1]");
        assertThat(repayment.valueDate()).isEqualTo(repayment.bookingDate());
        assertThat(repayment.remittance()).isEqualTo("Rückzahlung Sicherheitseinbehalt Az. 61.2-0142");
    }

    @Test
    void refusesAnExternalEntityWithoutEverReadingTheFile() throws Exception {
        Path passwd = Path.of("/etc/passwd");
        List<String> secrets = Files.isReadable(passwd)
                ? Files.readAllLines(passwd).stream()
                        .filter(line -> !line.isBlank())
                        .toList()
                : List.of("root:x:0:0");

        assertThatThrownBy(() -> read("xxe-file.xml")).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.getMessage()).contains("DOCTYPE ist nicht erlaubt");
            assertThat(e.location()).startsWith("Zeile ");
            String shown = e.location() + " " + e.getMessage() + " " + e;
            secrets.forEach(secret -> assertThat(shown).doesNotContain(secret));
        });
    }

    @Test
    void refusesEntityExpansionBeforeItStarts() {
        assertThatThrownBy(() -> read("billion-laughs.xml"))
                .isInstanceOf(UnreadableStatement.class)
                .hasMessageContaining("DOCTYPE");
        assertRefused(HEAD + ENTRY.formatted("&lol;") + TAIL, "Zeile 1, Spalte", "Entität &lol;");
    }

    @Test
    void namesLineAndColumnOfBrokenXml() {
        assertThatThrownBy(() -> read("broken.xml")).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.location()).isEqualTo("Zeile 22, Spalte 15");
            assertThat(e.getMessage()).contains("Ustrd");
        });
        assertRefused("Konto;Auszug", "Zeile 1, Spalte 1", "Kein gültiges XML");
        assertRefused("", "Zeile 1", "Kein gültiges XML");
    }

    @Test
    void refusesBytesThatDoNotMatchTheEncoding() {
        byte[] latin1 = (HEAD + ENTRY.formatted("Grüße") + TAIL).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CamtStatementReader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(UnreadableStatement.class, e -> {
                    assertThat(e.location()).startsWith("Zeile 1");
                    assertThat(e.getMessage()).contains("Zeichenkodierung");
                });
    }

    @Test
    void refusesForeignCurrencies() {
        assertRefusedFile("usd.xml", "Stmt[1]/Ntry[2]/Amt", "Nur Euro-Konten werden abgeglichen, nicht USD");
        assertRefused(
                HEAD.replace("</IBAN></Id>", "</IBAN></Id><Ccy>CHF</Ccy>") + ENTRY.formatted("") + TAIL,
                "Stmt[1]/Acct/Ccy",
                "nicht CHF");
    }

    @Test
    void refusesFractionsOfACentAndNegativeAmounts() {
        assertRefusedFile(
                "three-decimals.xml", "Stmt[1]/Ntry[2]/Amt", "Betrag hat mehr als zwei Nachkommastellen: 12.345");
        assertRefusedFile("negative-amount.xml", "Stmt[1]/Ntry[2]/Amt", "Betrag darf nicht negativ sein: -12.34");
    }

    @Test
    void refusesBalancesThatDoNotAddUp() {
        assertRefusedFile(
                "balances-mismatch.xml",
                "Stmt[1]",
                "Salden passen nicht zusammen: Anfangssaldo 1.000,00 EUR und Umsätze 600,00 EUR ergeben 1.600,00 EUR,"
                        + " der Schlusssaldo lautet aber 1.500,00 EUR");
    }

    @Test
    void refusesOtherMessageTypes() {
        assertThatThrownBy(() -> read("wrong-namespace.xml")).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.location()).isEqualTo("Zeile 3, Spalte 66");
            assertThat(e.getMessage()).contains("urn:iso:std:iso:20022:tech:xsd:camt.054.001.08");
        });
        assertRefused(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>",
                "Zeile 1",
                "pain.001.001.09");
        assertRefused(
                "<Stmt xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"/>", "Zeile 1", "Wurzelelement Stmt");
    }

    @Test
    void refusesAFileWithoutStatements() {
        assertRefused(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr/>"
                        + "</BkToCstmrStmt></Document>",
                "Document/BkToCstmrStmt",
                "keinen Kontoauszug");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        BookgDt>                    | BkgDt>                      | Stmt[1]/Ntry[1]/BookgDt    | BookgDt
        2026-03-05                  | 2026-02-30                  | Stmt[1]/Ntry[1]/BookgDt/Dt | 2026-02-30
        <CdtDbtInd>CRDT</CdtDbtInd> | <CdtDbtInd>CRED</CdtDbtInd> | Stmt[1]/Ntry[1]/CdtDbtInd  | CRED
        <Amt Ccy="EUR">10.00</Amt>  | <Amt>10.00</Amt>            | Stmt[1]/Ntry[1]/Amt        | Ccy
        10.00                       | 1E3                         | Stmt[1]/Ntry[1]/Amt        | keine gültige Zahl
        10.00                       | 0.00                        | Stmt[1]/Ntry[1]/Amt        | Betrag ist 0,00
        <Sts>BOOK</Sts>             | <Sts><Cd/></Sts>            | Stmt[1]/Ntry[1]/Sts        | Buchungsstatus
        <Id>2026-03-0009</Id>       |                             | Stmt[1]/Id                 | Id
        DE55800550083000123456      | DE55800550083000123457      | Stmt[1]/Acct/Id/IBAN       | Ungültige IBAN
        """)
    void namesTheElementThatIsMissingOrWrong(String valid, String broken, String location, String message) {
        String xml = HEAD + ENTRY.formatted("") + TAIL;

        assertRefused(xml.replace(valid, Objects.requireNonNullElse(broken, "")), location, message);
    }

    @Test
    void refusesABatchWhoseTransactionsDoNotAddUpToTheEntry() {
        String transactions = "<NtryDtls><TxDtls><Amt Ccy=\"EUR\">6.00</Amt></TxDtls>"
                + "<TxDtls><Amt Ccy=\"EUR\">5.00</Amt></TxDtls></NtryDtls>";
        String entry = ENTRY.formatted("").replace("</Ntry>", transactions + "</Ntry>");

        assertRefused(HEAD + entry + TAIL, "Stmt[1]/Ntry[1]", "Einzelumsätze ergeben 11,00 EUR");
    }

    @Test
    void refusesDeepNestingAndOverlongText() {
        String deep = "<X>".repeat(40) + "</X>".repeat(40);
        assertRefused(HEAD + ENTRY.formatted(deep) + TAIL, "Zeile 1, Spalte", "tiefer als 32 Ebenen");
        assertRefused(
                HEAD + ENTRY.formatted("x".repeat(2001)) + TAIL,
                "Stmt[1]/Ntry[1]/AddtlNtryInf",
                "länger als 2000 Zeichen");
        assertThat(parse(HEAD + ENTRY.formatted("x".repeat(2000)) + TAIL).get(0).bookings())
                .singleElement()
                .extracting(ParsedBooking::remittance)
                .asString()
                .hasSize(2000);
    }

    @Test
    void refusesAFileLargerThanFiveMebibytesWithoutReadingItAll() {
        // Entries long enough that the size limit strikes before the booking limit; the stream never ends.
        RepeatingInputStream huge = new RepeatingInputStream(HEAD, ENTRY.formatted("Mittelabruf ".repeat(150)));

        assertThatThrownBy(() -> CamtStatementReader.read(huge))
                .isInstanceOfSatisfying(UnreadableStatement.class, e -> {
                    assertThat(e.location()).isEqualTo("Datei");
                    assertThat(e.getMessage()).isEqualTo("Datei größer als 5 MiB");
                });
        assertThat(huge.served()).isLessThan(StatementLimits.MAX_BYTES + 64 * 1024);
    }

    @Test
    void refusesMoreThanTenThousandBookings() {
        String entries = ENTRY.formatted("").repeat(StatementLimits.MAX_BOOKINGS + 1);

        assertRefused(HEAD + entries + TAIL, "Stmt[1]/Ntry[10001]", "Mehr als 10000 Buchungen");
        assertThat(parse(HEAD + ENTRY.formatted("").repeat(StatementLimits.MAX_BOOKINGS) + TAIL)
                        .get(0)
                        .bookings())
                .hasSize(StatementLimits.MAX_BOOKINGS);
    }

    private static List<ParsedStatement> read(String resource) {
        try (InputStream in = CamtStatementReaderTests.class.getResourceAsStream("/statements/" + resource)) {
            return CamtStatementReader.read(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedStatement single(String resource) {
        List<ParsedStatement> statements = read(resource);
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    private static List<ParsedStatement> parse(String xml) {
        return CamtStatementReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertCents(@Nullable BigDecimal actual, String expected) {
        assertThat(actual).isEqualByComparingTo(expected);
        assertThat(Objects.requireNonNull(actual).scale()).isEqualTo(2);
    }

    private static void assertRefused(String xml, String location, String message) {
        assertThatThrownBy(() -> parse(xml)).as(location).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.location()).startsWith(location);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static void assertRefusedFile(String resource, String location, String message) {
        assertThatThrownBy(() -> read(resource)).as(resource).isInstanceOfSatisfying(UnreadableStatement.class, e -> {
            assertThat(e.location()).isEqualTo(location);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    /** A statement that never ends: the head once, then the same entry over and over. */
    private static final class RepeatingInputStream extends InputStream {

        private final byte[] head;
        private final byte[] entry;
        private long served;

        RepeatingInputStream(String head, String entry) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.entry = entry.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte b = served < head.length ? head[(int) served] : entry[(int) ((served - head.length) % entry.length)];
            served++;
            return b & 0xFF;
        }

        long served() {
            return served;
        }
    }
}
