package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects the parts of one camt {@code Stmt} as they stream past, then checks them as a whole. */
final class CamtStatement {

    private final String path;
    private final List<ParsedBooking> bookings = new ArrayList<>();
    private BigDecimal movement = BigDecimal.ZERO;
    private @Nullable String id;
    private @Nullable String iban;
    private String accountScheme = "IBAN";
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable BigDecimal opening;
    private @Nullable BigDecimal closing;

    CamtStatement(String path) {
        this.path = path;
    }

    /** Takes one child element of {@code Stmt}; returns how many bookings it added. */
    int accept(XmlNode child) {
        switch (child.name()) {
            case "Id" -> id = id != null ? id : child.text();
            case "Acct" -> account(child);
            case "FrToDt" -> {
                from = CamtFields.dateOfDateTime(child, "FrDtTm");
                to = CamtFields.dateOfDateTime(child, "ToDtTm");
            }
            case "Bal" -> balance(child);
            case "Ntry" -> {
                return entry(child);
            }
            default -> {}
        }
        return 0;
    }

    ParsedStatement build() {
        if (id == null) {
            throw new UnreadableStatement(path + "/Id", "Pflichtangabe fehlt: Id");
        }
        if (iban == null) {
            throw new UnreadableStatement(path + "/Acct/Id", "Pflichtangabe fehlt: Acct/Id/IBAN oder Acct/Id/Othr/Id");
        }
        checkBalances();
        LocalDate first = bookings.stream()
                .map(ParsedBooking::bookingDate)
                .min(Comparator.naturalOrder())
                .orElse(null);
        LocalDate last = bookings.stream()
                .map(ParsedBooking::bookingDate)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new ParsedStatement(
                "camt.053",
                id,
                iban,
                accountScheme,
                Values.EUR,
                from != null ? from : first,
                to != null ? to : last,
                opening,
                closing,
                bookings);
    }

    /** An account is named by its IBAN or, at some banks and the federal cash office, by another identification. */
    private void account(XmlNode account) {
        String other = account.text("Id", "Othr", "Id");
        if (account.text("Id", "IBAN") == null && other != null) {
            iban = Values.accountId(other, account.path() + "/Id/Othr/Id");
            String scheme = account.text("Id", "Othr", "SchmeNm", "Cd");
            accountScheme = scheme == null ? "OTHR" : scheme.strip().toUpperCase(java.util.Locale.ROOT);
        } else {
            iban = Values.iban(account.requireText("Id", "IBAN"), account.path() + "/Id/IBAN");
            accountScheme = "IBAN";
        }
        String currency = account.text("Ccy");
        if (currency != null) {
            Values.requireEuro(currency, account.path() + "/Ccy");
        }
    }

    /** Opening is OPBD (or PRCD, the previous closing), closing is CLBD; other balance types are not needed. */
    private void balance(XmlNode balance) {
        String type = balance.requireText("Tp", "CdOrPrtry", "Cd");
        boolean isOpening = type.equals("OPBD") || type.equals("PRCD");
        if (!isOpening && !type.equals("CLBD")) {
            return;
        }
        BigDecimal amount = CamtFields.euroAmount(balance.require("Amt"));
        BigDecimal signed = CamtFields.direction(balance) == Direction.DEBIT ? amount.negate() : amount;
        if (isOpening && opening == null) {
            opening = signed;
        } else if (!isOpening && closing == null) {
            closing = signed;
        }
    }

    private int entry(XmlNode entry) {
        if (!CamtEntry.isBooked(entry)) {
            return 0;
        }
        List<ParsedBooking> added = CamtEntry.bookings(entry, bookings.size() + 1);
        for (ParsedBooking booking : added) {
            // A reversal is an ordinary booking in the other direction as far as the balance is concerned.
            movement = booking.direction() == Direction.CREDIT
                    ? movement.add(booking.amount())
                    : movement.subtract(booking.amount());
        }
        bookings.addAll(added);
        return added.size();
    }

    private void checkBalances() {
        if (opening == null || closing == null) {
            return;
        }
        BigDecimal expected = opening.add(movement);
        if (expected.compareTo(closing) != 0) {
            throw new UnreadableStatement(
                    path,
                    "Salden passen nicht zusammen: Anfangssaldo " + Values.german(opening) + " EUR und Umsätze "
                            + Values.german(movement) + " EUR ergeben " + Values.german(expected)
                            + " EUR, der Schlusssaldo lautet aber " + Values.german(closing) + " EUR");
        }
    }
}
