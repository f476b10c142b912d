package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Turns one camt {@code Ntry} into bookings: one, or one per transaction of a batch booking. */
final class CamtEntry {

    private CamtEntry() {}

    /**
     * Whether the bank has booked the entry. Pending ({@code PDNG}) and information-only ({@code INFO}) entries may
     * still change or vanish, so they are not bookings to reconcile. The status is text in camt.053.001.02
     * ({@code <Sts>BOOK</Sts>}) and a code from .08 on ({@code <Sts><Cd>BOOK</Cd></Sts>}).
     */
    static boolean isBooked(XmlNode entry) {
        XmlNode status = entry.require("Sts");
        String code = status.text();
        code = code != null ? code : status.text("Cd");
        code = code != null ? code : status.text("Prtry");
        if (code == null) {
            throw new UnreadableStatement(status.path(), "Buchungsstatus fehlt");
        }
        return code.equals("BOOK");
    }

    /**
     * The bookings of a booked entry, numbered from {@code firstPosition}. An entry with several transactions that
     * each carry their own amount is a batch booking (Sammelbuchung) and gives one booking per transaction, since each
     * may settle a different grant; their sum must be the entry's amount.
     */
    static List<ParsedBooking> bookings(XmlNode entry, int firstPosition) {
        BigDecimal amount = positive(CamtFields.euroAmount(entry.require("Amt")), entry.path() + "/Amt");
        Facts facts = facts(entry);
        List<XmlNode> transactions = entry.all("NtryDtls").stream()
                .flatMap(details -> details.all("TxDtls").stream())
                .toList();
        if (transactions.size() > 1 && transactions.stream().allMatch(tx -> ownAmount(tx) != null)) {
            return batch(entry, amount, facts, transactions, firstPosition);
        }
        XmlNode details = transactions.isEmpty()
                ? new XmlNode("TxDtls", entry.path() + "/NtryDtls/TxDtls[1]", Map.of())
                : transactions.get(0);
        return List.of(booking(firstPosition, entry.path(), amount, facts, details));
    }

    private record Facts(
            Direction direction,
            boolean reversal,
            LocalDate bookingDate,
            LocalDate valueDate,
            @Nullable String reference,
            @Nullable String information) {}

    private static Facts facts(XmlNode entry) {
        LocalDate booked = CamtFields.date(entry.require("BookgDt"));
        XmlNode value = entry.find("ValDt");
        return new Facts(
                CamtFields.direction(entry),
                CamtFields.reversal(entry),
                booked,
                value == null ? booked : CamtFields.date(value),
                entry.text("AcctSvcrRef"),
                entry.text("AddtlNtryInf"));
    }

    private static List<ParsedBooking> batch(
            XmlNode entry, BigDecimal amount, Facts facts, List<XmlNode> transactions, int firstPosition) {
        List<ParsedBooking> bookings = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (XmlNode tx : transactions) {
            XmlNode own = Objects.requireNonNull(ownAmount(tx));
            BigDecimal part = positive(CamtFields.euroAmount(own), own.path());
            if (tx.text("CdtDbtInd") != null && CamtFields.direction(tx) != facts.direction()) {
                throw new UnreadableStatement(
                        tx.path() + "/CdtDbtInd", "Einzelumsatz hat eine andere Richtung als die Sammelbuchung");
            }
            sum = sum.add(part);
            bookings.add(booking(firstPosition + bookings.size(), tx.path(), part, facts, tx));
        }
        if (sum.compareTo(amount) != 0) {
            throw new UnreadableStatement(
                    entry.path(),
                    "Einzelumsätze ergeben " + Values.german(sum) + " EUR, die Sammelbuchung lautet auf "
                            + Values.german(amount) + " EUR");
        }
        return bookings;
    }

    /** camt.053.001.08 puts it in {@code TxDtls/Amt}, .02 only in {@code TxDtls/AmtDtls/TxAmt/Amt}. */
    private static @Nullable XmlNode ownAmount(XmlNode tx) {
        XmlNode amount = tx.find("Amt");
        return amount != null ? amount : tx.find("AmtDtls", "TxAmt", "Amt");
    }

    private static BigDecimal positive(BigDecimal amount, String location) {
        if (amount.signum() == 0) {
            throw new UnreadableStatement(location, "Betrag ist 0,00");
        }
        return amount;
    }

    private static ParsedBooking booking(int position, String location, BigDecimal amount, Facts facts, XmlNode tx) {
        // A reversal is booked the other way round but names the parties of the payment it reverses.
        String role = (facts.direction() == Direction.CREDIT) != facts.reversal() ? "Dbtr" : "Cdtr";
        String name = tx.text("RltdPties", role, "Nm");
        name = name != null ? name : tx.text("RltdPties", role, "Pty", "Nm");
        XmlNode account = tx.find("RltdPties", role + "Acct", "Id", "IBAN");
        String iban = account == null ? null : account.text();
        String reference = tx.text("Refs", "AcctSvcrRef");
        String endToEnd = tx.text("Refs", "EndToEndId");
        return new ParsedBooking(
                position,
                location,
                reference != null ? reference : facts.reference(),
                facts.bookingDate(),
                facts.valueDate(),
                amount,
                facts.direction(),
                facts.reversal(),
                name == null ? null : Values.collapse(name),
                account == null || iban == null ? null : Values.iban(iban, account.path()),
                remittance(tx, facts),
                endToEnd == null || endToEnd.equalsIgnoreCase("NOTPROVIDED") ? null : endToEnd);
    }

    /** All unstructured lines plus creditor references; else the bank's additional information; else empty. */
    private static String remittance(XmlNode tx, Facts facts) {
        List<String> parts = new ArrayList<>();
        for (XmlNode info : tx.all("RmtInf")) {
            info.all("Ustrd").forEach(line -> addText(parts, line.text()));
            info.all("Strd").forEach(structured -> addText(parts, structured.text("CdtrRefInf", "Ref")));
        }
        String text = Values.collapse(String.join(" ", parts));
        if (!text.isEmpty()) {
            return text;
        }
        String information = tx.text("AddtlTxInf");
        information = information != null ? information : facts.information();
        return information == null ? "" : Values.collapse(information);
    }

    private static void addText(List<String> parts, @Nullable String text) {
        if (text != null) {
            parts.add(text);
        }
    }
}
