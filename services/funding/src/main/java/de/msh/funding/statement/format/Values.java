package de.msh.funding.statement.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and converts the values both formats share: amounts, dates, IBANs, texts. */
final class Values {

    static final String EUR = "EUR";
    static final String TOO_LARGE = "Datei größer als " + StatementLimits.MAX_BYTES / (1024 * 1024) + " MiB";

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]+)?");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Values() {}

    /** A non-negative amount with a point as decimal separator, exact to the cent, as scale 2. */
    static BigDecimal amount(String text, String location) {
        String value = text.strip();
        if (value.startsWith("-")) {
            throw new UnreadableStatement(location, "Betrag darf nicht negativ sein: " + value);
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw new UnreadableStatement(location, "Betrag ist keine gültige Zahl: " + value);
        }
        return cents(new BigDecimal(value), value, location);
    }

    /** Refuses fractions of a cent instead of rounding them; trailing zeros such as 12.500 are fine. */
    static BigDecimal cents(BigDecimal amount, String text, String location) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new UnreadableStatement(location, "Betrag hat mehr als zwei Nachkommastellen: " + text);
        }
        return amount.setScale(2);
    }

    static LocalDate date(String text, DateTimeFormatter format, String location) {
        try {
            return LocalDate.from(format.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new UnreadableStatement(location, "Ungültiges Datum: " + text.strip());
        }
    }

    /** The IBAN upper case without spaces, refused unless its check digits are right. */
    static String iban(String text, String location) {
        String iban = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!IBAN.matcher(iban).matches() || !checksumHolds(iban)) {
            throw new UnreadableStatement(location, "Ungültige IBAN: " + text.strip());
        }
        return iban;
    }

    /** Another identification of an account ({@code Othr/Id}): letters and digits, at most 34, spaces dropped. */
    static String accountId(String text, String location) {
        String id = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!id.matches("[A-Z0-9]{1,34}")) {
            throw new UnreadableStatement(location, "Ungültige Kontokennung: " + text.strip());
        }
        return id;
    }

    static void requireEuro(String currency, String location) {
        if (!EUR.equals(currency.strip())) {
            throw new UnreadableStatement(location, "Nur Euro-Konten werden abgeglichen, nicht " + currency.strip());
        }
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** German notation for messages to finance staff: 1.234,56. */
    static String german(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY)).format(amount);
    }

    private static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
