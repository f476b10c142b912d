package de.msh.funding.statement.format;

import de.msh.funding.statement.format.CsvRecords.CsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** One data line of a CSV statement: its cells by column, converted with the line and column named on failure. */
final class CsvRow {

    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GERMAN_AMOUNT =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{3}){0,4},[0-9]+|[0-9]{1,15},[0-9]+");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("[0-9]{1,15}(\\.[0-9]+)?");

    private final CsvRecord record;
    private final List<String> header;

    CsvRow(CsvRecord record, List<String> header) {
        this.record = record;
        this.header = header;
    }

    /** The cell stripped, with whitespace collapsed; {@code null} if the column is absent or the cell blank. */
    @Nullable
    String get(String column) {
        int index = header.indexOf(column);
        String value = index < 0 ? "" : Values.collapse(record.cells().get(index));
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = get(column);
        if (value == null) {
            throw new UnreadableStatement(at(column), "Pflichtangabe fehlt: " + column);
        }
        return value;
    }

    /** Where a cell is, for messages: {@code Zeile 5, Spalte Betrag}. */
    String at(String column) {
        return "Zeile " + record.line() + ", Spalte " + column;
    }

    LocalDate date(String column) {
        String text = required(column);
        DateTimeFormatter format = text.contains("-") ? DateTimeFormatter.ISO_LOCAL_DATE : GERMAN_DATE;
        return Values.date(text, format, at(column));
    }

    /**
     * A signed amount, scale 2, never zero. A comma means German notation ({@code 1.234,56}); without one the point is
     * the decimal separator, so {@code 1.234} reads as 1.234 and is refused for its third decimal.
     */
    BigDecimal amount(String column) {
        String text = required(column);
        boolean negative = text.startsWith("-");
        String digits = negative || text.startsWith("+") ? text.substring(1) : text;
        boolean german = digits.contains(",");
        if (!(german ? GERMAN_AMOUNT : PLAIN_AMOUNT).matcher(digits).matches()) {
            throw new UnreadableStatement(at(column), "Betrag ist keine gültige Zahl: " + text);
        }
        String plain = german ? digits.replace(".", "").replace(',', '.') : digits;
        BigDecimal amount = Values.cents(new BigDecimal(plain), text, at(column));
        if (amount.signum() == 0) {
            throw new UnreadableStatement(at(column), "Betrag ist 0,00");
        }
        return negative ? amount.negate() : amount;
    }
}
