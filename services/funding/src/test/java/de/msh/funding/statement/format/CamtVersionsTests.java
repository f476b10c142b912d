package de.msh.funding.statement.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same statement in every camt.053 version German banks deliver, 001.02 to 001.08: the entry status is text up to
 * .07 and a code from .08 on, and a transaction's own amount moved from {@code AmtDtls/TxAmt} into {@code TxDtls}.
 */
class CamtVersionsTests {

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "04", "05", "06", "07", "08"})
    void readsEveryVersionGermanBanksDeliver(String version) {
        ParsedStatement statement = read(statement(version, "<IBAN>DE55800550083000123456</IBAN>"));

        assertThat(statement.iban()).isEqualTo("DE55800550083000123456");
        assertThat(statement.accountScheme()).isEqualTo("IBAN");
        assertThat(statement.bookings())
                .extracting(ParsedBooking::amount, ParsedBooking::bankReference, ParsedBooking::bookingDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                new BigDecimal("1234.56"), "REF-" + version, LocalDate.of(2026, 3, 5)),
                        org.assertj.core.groups.Tuple.tuple(
                                new BigDecimal("100.00"), "REF-" + version + "-2", LocalDate.of(2026, 3, 6)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "08"})
    void acceptsAnAccountIdentifiedOtherThanByIban(String version) {
        ParsedStatement statement =
                read(statement(version, "<Othr><Id>8600 1503 00</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr>"));
        ParsedStatement unnamed = read(statement(version, "<Othr><Id>BUKA-4711</Id></Othr>".replace("-", "")));

        assertThat(statement.iban()).isEqualTo("8600150300");
        assertThat(statement.accountScheme()).isEqualTo("BBAN");
        assertThat(unnamed.accountScheme()).isEqualTo("OTHR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "09", "13"})
    void refusesAVersionItWasNotBuiltFor(String version) {
        assertThatThrownBy(() -> read(statement(version, "<IBAN>DE55800550083000123456</IBAN>")))
                .isInstanceOf(UnreadableStatement.class)
                .hasMessageContaining("001." + version + " wird nicht unterstützt");
    }

    private static String statement(String version, String accountId) {
        boolean coded = version.compareTo("08") >= 0;
        String status = coded ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
        String pending = coded ? "<Sts><Cd>PDNG</Cd></Sts>" : "<Sts>PDNG</Sts>";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%1$s">
                  <BkToCstmrStmt><GrpHdr><MsgId>M-%1$s</MsgId><CreDtTm>2026-03-07T06:00:00</CreDtTm></GrpHdr>
                    <Stmt><Id>S-%1$s</Id><Acct><Id>%2$s</Id><Ccy>EUR</Ccy></Acct>
                      <Ntry><Amt Ccy="EUR">1234.56</Amt><CdtDbtInd>CRDT</CdtDbtInd>%3$s
                        <BookgDt><Dt>2026-03-05</Dt></BookgDt><ValDt><Dt>2026-03-05</Dt></ValDt>
                        <AcctSvcrRef>REF-%1$s</AcctSvcrRef>
                        <NtryDtls><TxDtls>%5$s<RmtInf><Ustrd>Abruf IB-1</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                      <Ntry><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>%3$s
                        <BookgDt><Dt>2026-03-06</Dt></BookgDt><ValDt><Dt>2026-03-06</Dt></ValDt>
                        <AcctSvcrRef>REF-%1$s-2</AcctSvcrRef></Ntry>
                      <Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%4$s
                        <BookgDt><Dt>2026-03-06</Dt></BookgDt></Ntry>
                    </Stmt></BkToCstmrStmt></Document>
                """.formatted(
                        version,
                        accountId,
                        status,
                        pending,
                        coded
                                ? "<Amt Ccy=\"EUR\">1234.56</Amt>"
                                : "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">1234.56</Amt></TxAmt></AmtDtls>");
    }

    private static ParsedStatement read(String xml) {
        List<ParsedStatement> statements =
                CamtStatementReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }
}
