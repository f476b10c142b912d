package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One account statement, read and checked but not yet matched against grants.
 *
 * @param format {@code "camt.053"} or {@code "csv"}
 * @param statementId the bank's statement id (camt {@code Stmt/Id}, CSV column {@code Auszug})
 * @param iban the account: its IBAN, upper case without spaces; or, for an account the bank identifies otherwise
 *     ({@code Acct/Id/Othr/Id}), that identification
 * @param accountScheme {@code IBAN}, or for another identification the scheme the bank names ({@code SchmeNm/Cd}, e.g.
 *     {@code BBAN}), else {@code OTHR}
 * @param currency always {@code "EUR"}; other accounts are refused
 * @param from first day covered: camt {@code FrToDt}, else the earliest booking date
 * @param to last day covered: camt {@code FrToDt}, else the latest booking date
 * @param openingBalance signed, scale 2; {@code null} when the file has none
 * @param closingBalance signed, scale 2; {@code null} when the file has none
 * @param bookings the booked movements in file order
 */
public record ParsedStatement(
        String format,
        String statementId,
        String iban,
        String accountScheme,
        String currency,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable BigDecimal openingBalance,
        @Nullable BigDecimal closingBalance,
        List<ParsedBooking> bookings) {

    public ParsedStatement {
        bookings = List.copyOf(bookings);
    }
}
