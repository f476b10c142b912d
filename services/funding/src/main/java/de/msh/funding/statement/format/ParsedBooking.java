package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One booked movement on the account, as the bank reported it.
 *
 * @param position 1-based within its statement, in file order
 * @param location where it came from, for messages: {@code "Stmt[1]/Ntry[3]"},
 *     {@code "Stmt[1]/Ntry[3]/NtryDtls/TxDtls[2]"} or {@code "Zeile 5"}
 * @param bankReference the bank's own reference (camt {@code AcctSvcrRef}), if given
 * @param amount more than 0, scale 2; the sign is in {@code direction}
 * @param reversal whether the bank marked it as a reversal (Storno) of an earlier booking
 * @param remittance unstructured remittance text with whitespace collapsed; {@code ""} if there is none
 * @param endToEndId the payer's end-to-end reference; {@code null} if absent or {@code NOTPROVIDED}
 */
public record ParsedBooking(
        int position,
        String location,
        @Nullable String bankReference,
        LocalDate bookingDate,
        LocalDate valueDate,
        BigDecimal amount,
        Direction direction,
        boolean reversal,
        @Nullable String counterpartyName,
        @Nullable String counterpartyIban,
        String remittance,
        @Nullable String endToEndId) {}
