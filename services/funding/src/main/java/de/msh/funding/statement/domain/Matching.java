package de.msh.funding.statement.domain;

import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The matching rules. A booking names a grant by its file number (Aktenzeichen) or grant id in the remittance text
 * or end-to-end reference. For money in, it then settles a receipt recorded by hand with the same amount, or else
 * the oldest open call whose outstanding amount it equals and that was made at most {@value #WINDOW_DAYS} days
 * before the value day. For money out, it settles a disbursement recorded with the same amount within
 * {@value #WINDOW_DAYS} days. Nothing is settled on a guess: any other fit goes to the worklist.
 */
public final class Matching {

    /** How far a booking may lie from the call or payment it settles, in days. */
    public static final int WINDOW_DAYS = 60;

    private Matching() {}

    /**
     * What to do with one booking.
     *
     * @param callId for money in: the call to record the receipt on
     * @param paymentId the receipt or disbursement recorded by hand that the booking shows
     */
    public record Outcome(
            MatchStatus status,
            @Nullable GrantFacts grant,
            @Nullable String callId,
            @Nullable String paymentId,
            String detail) {}

    /**
     * The grants a booking names, by file number or id as a whole word, ignoring case: {@code IB-1} is not named by
     * {@code IB-10}. A file number the bank broke apart with spaces is not recognised; the booking then goes to the
     * worklist rather than to a guess.
     */
    public static List<GrantFacts> named(ParsedBooking booking, Collection<GrantFacts> grants) {
        String text = (booking.remittance() + " " + (booking.endToEndId() == null ? "" : booking.endToEndId()))
                .toUpperCase(Locale.ROOT);
        return grants.stream()
                .filter(g -> mentions(text, g.fileNumber()) || mentions(text, g.id()))
                .toList();
    }

    private static boolean mentions(String text, String reference) {
        String wanted = reference.toUpperCase(Locale.ROOT);
        // the plain search first: most bookings name no grant, and a pattern per grant and booking is costly
        return text.contains(wanted)
                && Pattern.compile("(?<![A-Z0-9])" + Pattern.quote(wanted) + "(?![A-Z0-9])")
                        .matcher(text)
                        .find();
    }

    /**
     * The payment a booking already settled, when an import was cut short after the grant was changed and before the
     * statement was saved: importing again must find it rather than count the money a second time.
     */
    public static Optional<Outcome> settledBefore(String bookingId, Collection<GrantFacts> grants) {
        for (GrantFacts grant : grants) {
            Optional<String> payment = java.util.stream.Stream.concat(
                            grant.receipts().stream()
                                    .filter(r -> bookingId.equals(r.bookingId()))
                                    .map(GrantFacts.Payment::id),
                            grant.disbursements().stream()
                                    .filter(d -> bookingId.equals(d.bookingId()))
                                    .map(GrantFacts.Payment::id))
                    .findFirst();
            if (payment.isPresent()) {
                return Optional.of(new Outcome(
                        MatchStatus.MATCHED,
                        grant,
                        null,
                        payment.get(),
                        "Bereits verbucht als " + payment.get() + " zu " + grant.fileNumber()));
            }
        }
        return Optional.empty();
    }

    public static Outcome decide(ParsedBooking booking, List<GrantFacts> named, @Nullable String seenIn) {
        if (seenIn != null) {
            return new Outcome(
                    MatchStatus.DUPLICATE,
                    named.size() == 1 ? named.get(0) : null,
                    null,
                    null,
                    "Dieselbe Buchung steht schon im Kontoauszug " + seenIn);
        }
        if (named.isEmpty()) {
            return new Outcome(
                    MatchStatus.UNEXPECTED, null, null, null, "Kein Aktenzeichen einer Zuwendung im Verwendungszweck");
        }
        if (named.size() > 1) {
            return new Outcome(
                    MatchStatus.PARTIAL,
                    null,
                    null,
                    null,
                    "Mehrere Zuwendungen genannt: "
                            + String.join(
                                    ", ",
                                    named.stream().map(GrantFacts::fileNumber).toList()) + "; bitte aufteilen");
        }
        GrantFacts grant = named.get(0);
        if (booking.reversal()) {
            return new Outcome(
                    MatchStatus.UNMATCHED,
                    grant,
                    null,
                    null,
                    "Storno zu " + grant.fileNumber() + ": bitte von Hand zuordnen");
        }
        if (!grant.approved()) {
            return new Outcome(
                    MatchStatus.UNMATCHED,
                    grant,
                    null,
                    null,
                    "Die Zuwendung " + grant.fileNumber() + " ist nicht bewilligt (" + grant.status() + ")");
        }
        return booking.direction() == Direction.CREDIT ? moneyIn(booking, grant) : moneyOut(booking, grant);
    }

    private static Outcome moneyIn(ParsedBooking booking, GrantFacts grant) {
        Optional<GrantFacts.Payment> recorded = grant.receipts().stream()
                .filter(r -> r.bookingId() == null && r.amount().compareTo(booking.amount()) == 0)
                .filter(r -> near(r.on(), booking.valueDate()))
                .findFirst();
        if (recorded.isPresent()) {
            return new Outcome(
                    MatchStatus.MATCHED,
                    grant,
                    null,
                    recorded.get().id(),
                    "Zahlungseingang " + recorded.get().id() + " zu " + grant.fileNumber());
        }
        List<GrantFacts.Call> open = grant.calls().stream()
                .filter(c -> c.open().signum() > 0)
                .sorted(Comparator.comparing(GrantFacts.Call::calledOn))
                .toList();
        Optional<GrantFacts.Call> exact = open.stream()
                .filter(c -> c.open().compareTo(booking.amount()) == 0)
                .filter(c -> !booking.valueDate().isBefore(c.calledOn()) && near(c.calledOn(), booking.valueDate()))
                .findFirst();
        if (exact.isPresent()) {
            return new Outcome(
                    MatchStatus.MATCHED,
                    grant,
                    exact.get().id(),
                    null,
                    "Mittelabruf " + exact.get().id() + " zu " + grant.fileNumber());
        }
        if (open.isEmpty()) {
            return new Outcome(
                    MatchStatus.UNMATCHED, grant, null, null, "Kein offener Mittelabruf zu " + grant.fileNumber());
        }
        return new Outcome(
                MatchStatus.PARTIAL,
                grant,
                null,
                null,
                "Offen zu " + grant.fileNumber() + ": "
                        + String.join(
                                ", ",
                                open.stream()
                                        .map(c -> c.id() + " über " + euro(c.open()) + " vom " + c.calledOn())
                                        .toList())
                        + "; gebucht " + euro(booking.amount()) + " am " + booking.valueDate());
    }

    private static Outcome moneyOut(ParsedBooking booking, GrantFacts grant) {
        List<GrantFacts.Payment> unshown = grant.disbursements().stream()
                .filter(d -> d.bookingId() == null)
                .toList();
        Optional<GrantFacts.Payment> exact = unshown.stream()
                .filter(d -> d.amount().compareTo(booking.amount()) == 0 && near(d.on(), booking.bookingDate()))
                .findFirst();
        if (exact.isPresent()) {
            return new Outcome(
                    MatchStatus.MATCHED,
                    grant,
                    null,
                    exact.get().id(),
                    "Weiterleitung " + exact.get().id() + " zu " + grant.fileNumber());
        }
        if (unshown.isEmpty()) {
            return new Outcome(
                    MatchStatus.UNMATCHED, grant, null, null, "Keine erfasste Weiterleitung zu " + grant.fileNumber());
        }
        return new Outcome(
                MatchStatus.PARTIAL,
                grant,
                null,
                null,
                "Erfasste Weiterleitungen zu " + grant.fileNumber()
                        + ": "
                        + String.join(
                                ", ",
                                unshown.stream()
                                        .map(d -> d.id() + " über " + euro(d.amount()))
                                        .toList())
                        + "; gebucht " + euro(booking.amount()));
    }

    private static boolean near(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
    }

    /** An amount as German users read it: 40.000,00 EUR. */
    public static String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.GERMANY);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " EUR";
    }
}
