package de.msh.funding.statement.domain;

import de.msh.events.funding.DiscrepancyKind;
import de.msh.events.funding.ReconciliationDiscrepancyFound;
import de.msh.events.funding.ReconciliationDiscrepancyResolved;
import de.msh.funding.statement.format.ParsedStatement;
import de.msh.platform.outbox.OutboxAggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One imported account statement with its bookings and what became of each. A statement is identified by its account
 * and the bank's statement id, and imported once: the same file again changes nothing. Each booking the matching
 * could not settle is announced as a discrepancy, and
 * announced again as resolved when finance staff settle it.
 */
@Document("bank_statements")
public class BankStatement extends OutboxAggregate {

    @Id
    private final String id;

    /** The account: its IBAN or, see {@link #accountScheme()}, another identification. */
    private final String iban;

    /** Null for statements imported before other identifications were accepted: they are all IBANs. */
    private @Nullable String accountScheme;

    private final String statementId;
    private final String format;
    /** {@link StatementContent} at import; informational: an import is compared by computing it again. */
    private final String contentHash;

    private final @Nullable LocalDate from;
    private final @Nullable LocalDate to;

    @Field(targetType = FieldType.DECIMAL128)
    private final @Nullable BigDecimal openingBalance;

    @Field(targetType = FieldType.DECIMAL128)
    private final @Nullable BigDecimal closingBalance;

    private final Instant importedAt;
    private final String importedBy;
    private List<Booking> bookings = new ArrayList<>();

    @PersistenceCreator
    BankStatement(
            String id,
            String iban,
            String statementId,
            String format,
            String contentHash,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable BigDecimal openingBalance,
            @Nullable BigDecimal closingBalance,
            Instant importedAt,
            String importedBy) {
        this.id = id;
        this.iban = iban;
        this.statementId = statementId;
        this.format = format;
        this.contentHash = contentHash;
        this.from = from;
        this.to = to;
        this.openingBalance = openingBalance;
        this.closingBalance = closingBalance;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /** A statement imported with the outcome of matching each booking, in the file's order. */
    public static BankStatement imported(
            String id,
            ParsedStatement parsed,
            String contentHash,
            List<Matching.Outcome> outcomes,
            String by,
            Instant at) {
        BankStatement statement = new BankStatement(
                id,
                parsed.iban(),
                parsed.statementId(),
                parsed.format(),
                contentHash,
                parsed.from(),
                parsed.to(),
                parsed.openingBalance(),
                parsed.closingBalance(),
                at,
                by);
        statement.accountScheme = parsed.accountScheme();
        for (int i = 0; i < parsed.bookings().size(); i++) {
            Booking booking = Booking.of(id, parsed.bookings().get(i), outcomes.get(i));
            statement.bookings.add(booking);
            if (booking.status() != MatchStatus.MATCHED) {
                statement.record(
                        new ReconciliationDiscrepancyFound(
                                id,
                                booking.bookingId(),
                                statement.iban,
                                DiscrepancyKind.valueOf(booking.status().name()),
                                booking.amount(),
                                "EUR",
                                booking.bookingDate(),
                                booking.grantId(),
                                booking.detail()),
                        at);
            }
        }
        return statement;
    }

    /** Records how finance staff settled an open booking; a booking already settled is refused. */
    public Booking resolve(
            int position,
            Resolution resolution,
            @Nullable String grantId,
            @Nullable String programmeId,
            @Nullable String periodId) {
        Booking booking = booking(position);
        if (!booking.open()) {
            throw new BookingNotOpen(booking.bookingId(), booking.status(), booking.resolution());
        }
        Booking resolved = booking.resolved(resolution, grantId, programmeId, periodId);
        bookings.set(position - 1, resolved);
        record(
                new ReconciliationDiscrepancyResolved(
                        id, booking.bookingId(), resolution.action().name(), resolution.reason(), resolution.by()),
                resolution.at());
        return resolved;
    }

    public Booking booking(int position) {
        if (position < 1 || position > bookings.size()) {
            throw new BookingNotFound(id, position);
        }
        return bookings.get(position - 1);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String iban() {
        return iban;
    }

    /** {@code IBAN}, or the scheme of the account's other identification ({@code BBAN}, {@code OTHR}, …). */
    public String accountScheme() {
        return accountScheme == null ? "IBAN" : accountScheme;
    }

    public String statementId() {
        return statementId;
    }

    public String format() {
        return format;
    }

    public String contentHash() {
        return contentHash;
    }

    public @Nullable LocalDate from() {
        return from;
    }

    public @Nullable LocalDate to() {
        return to;
    }

    public @Nullable BigDecimal openingBalance() {
        return openingBalance;
    }

    public @Nullable BigDecimal closingBalance() {
        return closingBalance;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public List<Booking> bookings() {
        return Collections.unmodifiableList(bookings);
    }
}
