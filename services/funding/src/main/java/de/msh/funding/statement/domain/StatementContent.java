package de.msh.funding.statement.domain;

import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import de.msh.funding.statement.format.ParsedStatement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes two imports the same statement: the account, the bank's statement id and, for each booking in order,
 * what the bank states as fact — amount, direction, reversal, booking and value day, the bank's and the payer's
 * references. Texts a reader may read differently (remittance, counterparty names, where in the file) are left
 * out, so the same file stays "already imported" after a change to a reader, and a statement stored before that
 * change is compared by the same rule from what it stored.
 */
public final class StatementContent {

    private StatementContent() {}

    /** One booking's facts. */
    public record Facts(
            BigDecimal amount,
            Direction direction,
            boolean reversal,
            LocalDate bookingDate,
            LocalDate valueDate,
            @Nullable String bankReference,
            @Nullable String endToEndId) {

        static Facts of(ParsedBooking booking) {
            return new Facts(
                    booking.amount(),
                    booking.direction(),
                    booking.reversal(),
                    booking.bookingDate(),
                    booking.valueDate(),
                    booking.bankReference(),
                    booking.endToEndId());
        }

        static Facts of(Booking booking) {
            return new Facts(
                    booking.amount(),
                    booking.direction(),
                    booking.reversal(),
                    booking.bookingDate(),
                    booking.valueDate(),
                    booking.bankReference(),
                    booking.endToEndId());
        }
    }

    public static String of(ParsedStatement statement) {
        return fingerprint(
                statement.iban(),
                statement.statementId(),
                statement.bookings().stream().map(Facts::of).toList());
    }

    public static String of(BankStatement statement) {
        return fingerprint(
                statement.iban(),
                statement.statementId(),
                statement.bookings().stream().map(Facts::of).toList());
    }

    /** SHA-256 over every field, each written with its length, so no two contents can run together. */
    static String fingerprint(String iban, String statementId, List<Facts> bookings) {
        StringBuilder text = new StringBuilder();
        field(text, iban);
        field(text, statementId);
        for (Facts facts : bookings) {
            field(text, facts.amount().stripTrailingZeros().toPlainString());
            field(text, facts.direction().name());
            field(text, Boolean.toString(facts.reversal()));
            field(text, facts.bookingDate().toString());
            field(text, facts.valueDate().toString());
            field(text, Objects.toString(facts.bankReference(), ""));
            field(text, Objects.toString(facts.endToEndId(), ""));
        }
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append(';');
    }
}
