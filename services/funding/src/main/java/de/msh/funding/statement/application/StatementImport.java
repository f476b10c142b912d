package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.BankStatement;
import de.msh.funding.statement.domain.BankStatements;
import de.msh.funding.statement.domain.Booking;
import de.msh.funding.statement.domain.GrantFacts;
import de.msh.funding.statement.domain.MatchStatus;
import de.msh.funding.statement.domain.Matching;
import de.msh.funding.statement.domain.Settlement;
import de.msh.funding.statement.domain.StatementContent;
import de.msh.funding.statement.format.CamtStatementReader;
import de.msh.funding.statement.format.CsvStatementReader;
import de.msh.funding.statement.format.ParsedBooking;
import de.msh.funding.statement.format.ParsedStatement;
import de.msh.funding.statement.format.StatementLimits;
import de.msh.funding.statement.format.UnreadableStatement;
import de.msh.platform.rule.InvalidInput;
import de.msh.platform.rule.RuleViolated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports bank statements and matches each booking. The whole file is read and checked before anything is stored,
 * so a refused file leaves no trace. A statement is known by account and statement id: the same statement again
 * changes nothing, a different one under the same id is refused. Each matched booking is claimed (one settlement
 * per bank booking, {@link BookingSettlement}) and recorded on its grant before the statement is saved, each change
 * idempotent by booking id, so an import cut short is completed by importing the file again.
 */
@Service
public class StatementImport {

    public enum Format {
        CAMT053,
        CSV
    }

    /** @param created false if the statement was imported before and nothing changed */
    public record Imported(BankStatement statement, boolean created) {}

    private final BankStatements statements;
    private final GrantLedger grants;
    private final BookingSettlement settlement;
    private final Clock clock;

    StatementImport(BankStatements statements, GrantLedger grants, BookingSettlement settlement, Clock clock) {
        this.statements = statements;
        this.settlement = settlement;
        this.grants = grants;
        this.clock = clock;
    }

    public List<Imported> importFile(InputStream in, Format format, String by) {
        byte[] content = readCapped(in);
        List<ParsedStatement> parsed = switch (format) {
            case CAMT053 -> CamtStatementReader.read(new ByteArrayInputStream(content));
            case CSV -> List.of(CsvStatementReader.read(new ByteArrayInputStream(content)));
        };
        for (ParsedStatement statement : parsed) {
            find(statement).ifPresent(known -> requireSame(known, statement));
        }
        List<Imported> imported = new ArrayList<>();
        for (ParsedStatement statement : parsed) {
            imported.add(importOne(statement, by));
        }
        return imported;
    }

    private Imported importOne(ParsedStatement parsed, String by) {
        String id = idOf(parsed);
        var known = statements.findById(id);
        if (known.isPresent()) {
            requireSame(known.get(), parsed);
            return new Imported(known.get(), false);
        }
        Map<String, GrantFacts> byId = new HashMap<>();
        grants.all().forEach(g -> byId.put(g.id(), g));
        List<Booking> earlier = earlierBookings(parsed, id);
        Map<String, String> refsHere = new HashMap<>();
        List<Matching.Outcome> outcomes = new ArrayList<>();
        List<Settlement> claimed = new ArrayList<>();
        for (ParsedBooking booking : parsed.bookings()) {
            String bookingId = id + "/" + booking.position();
            String seenIn = seenBefore(booking, earlier, refsHere, id);
            Matching.Outcome outcome = Matching.settledBefore(bookingId, byId.values())
                    .orElseGet(() -> Matching.decide(booking, Matching.named(booking, byId.values()), seenIn));
            outcome = settle(outcome, id, parsed.iban(), booking, bookingId, byId, claimed);
            outcomes.add(outcome);
        }
        BankStatement statement =
                BankStatement.imported(id, parsed, StatementContent.of(parsed), outcomes, by, clock.instant());
        Imported imported;
        try {
            imported = new Imported(statements.save(statement), true);
        } catch (DuplicateKeyException importedMeanwhile) {
            BankStatement other = statements.findById(id).orElseThrow(() -> importedMeanwhile);
            requireSame(other, parsed);
            imported = new Imported(other, false);
        }
        claimed.forEach(held -> settlement.settled(held, clock.instant()));
        return imported;
    }

    /**
     * Records what a match settles on its grant, through the same claim as a resolution by hand: if the booking was
     * settled otherwise meanwhile (through another statement showing the same bank booking), that settlement is
     * completed and the booking is a duplicate here. If the grant refuses (it changed since it was read), the
     * booking goes to the worklist instead, with the grant's reason.
     */
    private Matching.Outcome settle(
            Matching.Outcome outcome,
            String statementId,
            String iban,
            ParsedBooking booking,
            String bookingId,
            Map<String, GrantFacts> byId,
            List<Settlement> claimed) {
        if (outcome.status() != MatchStatus.MATCHED || outcome.grant() == null) {
            return outcome;
        }
        String grantId = outcome.grant().id();
        boolean receive = outcome.callId() != null;
        Settlement wanted = new Settlement(
                Settlement.idOf(iban, booking.bankReference(), bookingId),
                bookingId,
                statementId,
                booking.position(),
                booking.direction(),
                booking.bookingDate(),
                booking.valueDate(),
                Settlement.MATCHED,
                List.of(new Settlement.Part(
                        grantId,
                        receive ? outcome.callId() : Objects.requireNonNull(outcome.paymentId()),
                        booking.amount(),
                        receive ? Settlement.Part.Kind.RECEIVE : Settlement.Part.Kind.RECONCILE)),
                null,
                "matching",
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                null);
        try {
            BookingSettlement.Held held = settlement.settle(wanted);
            if (held.completed()) {
                // only a settlement completed here may be marked settled; a live claimer marks its own
                claimed.add(held.settlement());
            }
            if (!held.asked()) {
                return new Matching.Outcome(
                        MatchStatus.DUPLICATE,
                        outcome.grant(),
                        null,
                        null,
                        held.settlement().describe());
            }
            GrantLedger.Booked booked = held.booked().get(0);
            byId.put(grantId, booked.grant());
            return new Matching.Outcome(
                    MatchStatus.MATCHED, booked.grant(), outcome.callId(), booked.paymentId(), outcome.detail());
        } catch (RuleViolated | InvalidInput refused) {
            return new Matching.Outcome(
                    MatchStatus.PARTIAL,
                    outcome.grant(),
                    null,
                    null,
                    outcome.detail() + "; abgelehnt: " + refused.getMessage());
        }
    }

    /** Bookings of the same account in other statements covering the same days, to recognise a booking seen before. */
    private List<Booking> earlierBookings(ParsedStatement parsed, String id) {
        if (parsed.bookings().isEmpty()) {
            return List.of();
        }
        LocalDate first = parsed.bookings().stream()
                .map(ParsedBooking::bookingDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = parsed.bookings().stream()
                .map(ParsedBooking::bookingDate)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return statements.findByIbanAndFromLessThanEqualAndToGreaterThanEqual(parsed.iban(), last, first).stream()
                .filter(s -> !s.id().equals(id))
                .flatMap(s -> s.bookings().stream())
                .toList();
    }

    /**
     * The bank's own reference identifies a booking; without one, day, amount, direction, counterparty and text
     * together do.
     */
    private static @Nullable String seenBefore(
            ParsedBooking booking, List<Booking> earlier, Map<String, String> refsHere, String id) {
        for (Booking other : earlier) {
            boolean same = booking.bankReference() != null
                    ? booking.bankReference().equals(other.bankReference())
                    : other.bankReference() == null
                            && other.bookingDate().equals(booking.bookingDate())
                            && other.amount().compareTo(booking.amount()) == 0
                            && other.direction() == booking.direction()
                            && Objects.equals(other.counterpartyIban(), booking.counterpartyIban())
                            && other.remittance().equals(booking.remittance());
            if (same) {
                return other.bookingId();
            }
        }
        if (booking.bankReference() != null) {
            String first = refsHere.putIfAbsent(booking.bankReference(), id + "/" + booking.position());
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private Optional<BankStatement> find(ParsedStatement parsed) {
        return statements.findById(idOf(parsed));
    }

    private static void requireSame(BankStatement known, ParsedStatement parsed) {
        if (!StatementContent.of(known).equals(StatementContent.of(parsed))) {
            throw new StatementConflict(known.statementId(), known.iban());
        }
    }

    private static byte[] readCapped(InputStream in) {
        try {
            byte[] content = in.readNBytes(StatementLimits.MAX_BYTES + 1);
            if (content.length > StatementLimits.MAX_BYTES) {
                throw new UnreadableStatement("Datei", "Datei größer als 5 MiB");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Account and statement id, hashed into a short key that is safe in URLs. */
    static String idOf(ParsedStatement parsed) {
        return sha256(parsed.iban() + "\n" + parsed.statementId()).substring(0, 20);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
