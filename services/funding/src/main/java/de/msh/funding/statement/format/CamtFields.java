package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Reads the field shapes camt.053 repeats everywhere: amounts with currency, credit/debit codes, dates. */
final class CamtFields {

    private CamtFields() {}

    /** An {@code Amt} element: a non-negative euro amount, scale 2. */
    static BigDecimal euroAmount(XmlNode amount) {
        String currency = amount.attribute("Ccy");
        if (currency == null) {
            throw new UnreadableStatement(amount.path(), "Währung (Ccy) fehlt beim Betrag");
        }
        Values.requireEuro(currency, amount.path());
        String text = amount.text();
        if (text == null) {
            throw new UnreadableStatement(amount.path(), "Betrag fehlt");
        }
        return Values.amount(text, amount.path());
    }

    static Direction direction(XmlNode parent) {
        String code = parent.requireText("CdtDbtInd");
        return switch (code) {
            case "CRDT" -> Direction.CREDIT;
            case "DBIT" -> Direction.DEBIT;
            default ->
                throw new UnreadableStatement(
                        parent.path() + "/CdtDbtInd", "CdtDbtInd muss CRDT oder DBIT sein, nicht " + code);
        };
    }

    /** A date choice ({@code BookgDt}, {@code ValDt}, {@code Bal/Dt}): {@code Dt}, or the date part of {@code DtTm}. */
    static LocalDate date(XmlNode choice) {
        String date = choice.text("Dt");
        if (date != null) {
            return Values.date(date, DateTimeFormatter.ISO_DATE, choice.path() + "/Dt");
        }
        String dateTime = choice.text("DtTm");
        if (dateTime != null) {
            return Values.date(dateTime, DateTimeFormatter.ISO_DATE_TIME, choice.path() + "/DtTm");
        }
        throw new UnreadableStatement(choice.path(), "Pflichtangabe fehlt: Dt oder DtTm");
    }

    /** The date part of a date-time such as {@code FrToDt/FrDtTm}, as the bank wrote it, without zone conversion. */
    static LocalDate dateOfDateTime(XmlNode parent, String name) {
        return Values.date(parent.requireText(name), DateTimeFormatter.ISO_DATE_TIME, parent.path() + "/" + name);
    }

    /** {@code RvslInd}, an XML boolean; absent means no reversal. */
    static boolean reversal(XmlNode entry) {
        String value = entry.text("RvslInd");
        if (value == null || value.equals("false") || value.equals("0")) {
            return false;
        }
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        throw new UnreadableStatement(entry.path() + "/RvslInd", "RvslInd muss true oder false sein, nicht " + value);
    }
}
