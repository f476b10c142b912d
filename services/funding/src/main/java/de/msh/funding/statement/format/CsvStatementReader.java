package de.msh.funding.statement.format;

import de.msh.funding.statement.format.CsvRecords.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads our own simple CSV statement format, for accounts whose bank offers no camt.053 export. One statement per
 * file, UTF-8 (a byte order mark is ignored). The first non-blank line is the header; column names are
 * case-insensitive, in any order, separated by {@code ;} or {@code ,}, whichever the header line uses:
 *
 * <pre>Konto;Auszug;Buchungstag;Valuta;Betrag;Währung;Name;IBAN;Verwendungszweck;Bankreferenz</pre>
 *
 * <ul>
 *   <li>Required: Konto (IBAN of the account), Auszug (statement id), Buchungstag, Betrag, Währung. Konto and Auszug
 *       must be the same on every line.
 *   <li>Betrag is signed: {@code -1.234,56} is money out; {@code 1.234,56}, {@code 1234,56} or {@code 1234.56} money
 *       in. With a comma it is German notation with {@code .} grouping thousands, without one {@code .} is the decimal
 *       point. At most two decimals, never zero.
 *   <li>Dates as {@code 31.03.2026} or {@code 2026-03-31}; Valuta defaults to Buchungstag. Währung must be EUR.
 *   <li>Cells may be quoted with {@code "}, a quote inside written {@code ""}, line breaks inside allowed. Blank lines
 *       are ignored.
 * </ul>
 *
 * Errors name the physical line ({@code Zeile 1} being the header) and the column. There are no balances; the period
 * runs from the earliest to the latest Buchungstag.
 */
public final class CsvStatementReader {

    static final List<String> COLUMNS = List.of(
            "Konto",
            "Auszug",
            "Buchungstag",
            "Valuta",
            "Betrag",
            "Währung",
            "Name",
            "IBAN",
            "Verwendungszweck",
            "Bankreferenz");

    private static final Set<String> REQUIRED = Set.of("Konto", "Auszug", "Buchungstag", "Betrag", "Währung");
    private static final Map<String, String> BY_LOWER_CASE =
            COLUMNS.stream().collect(Collectors.toMap(column -> column.toLowerCase(Locale.ROOT), Function.identity()));

    private final List<String> header;
    private final List<ParsedBooking> bookings = new ArrayList<>();
    private @Nullable String statementId;
    private @Nullable String iban;

    private CsvStatementReader(List<String> header) {
        this.header = header;
    }

    /** The one statement in the file, with at least one booking; the stream is read but not closed. */
    public static ParsedStatement read(InputStream in) {
        String text = text(in);
        // blank records are dropped as the text is split
        List<CsvRecord> records = CsvRecords.split(text, separator(text));
        if (records.isEmpty()) {
            throw new UnreadableStatement("Zeile 1", "Die Datei ist leer, es fehlt die Kopfzeile");
        }
        CsvStatementReader reader = new CsvStatementReader(header(records.get(0)));
        records.subList(1, records.size()).forEach(reader::add);
        return reader.statement(records.get(0).line());
    }

    private void add(CsvRecord record) {
        if (record.cells().size() != header.size()) {
            throw new UnreadableStatement(
                    "Zeile " + record.line(),
                    "Erwartet " + header.size() + " Zellen wie in der Kopfzeile, gefunden "
                            + record.cells().size());
        }
        if (bookings.size() == StatementLimits.MAX_BOOKINGS) {
            throw new UnreadableStatement(
                    "Zeile " + record.line(), "Mehr als " + StatementLimits.MAX_BOOKINGS + " Buchungen in einer Datei");
        }
        CsvRow row = new CsvRow(record, header);
        iban = same(iban, Values.iban(row.required("Konto"), row.at("Konto")), row, "Konto");
        statementId = same(statementId, row.required("Auszug"), row, "Auszug");
        Values.requireEuro(row.required("Währung").toUpperCase(Locale.ROOT), row.at("Währung"));
        LocalDate booked = row.date("Buchungstag");
        BigDecimal amount = row.amount("Betrag");
        String counterpartyIban = row.get("IBAN");
        String remittance = row.get("Verwendungszweck");
        bookings.add(new ParsedBooking(
                bookings.size() + 1,
                "Zeile " + record.line(),
                row.get("Bankreferenz"),
                booked,
                row.get("Valuta") == null ? booked : row.date("Valuta"),
                amount.abs(),
                amount.signum() < 0 ? Direction.DEBIT : Direction.CREDIT,
                false,
                row.get("Name"),
                counterpartyIban == null ? null : Values.iban(counterpartyIban, row.at("IBAN")),
                remittance == null ? "" : remittance,
                null));
    }

    private static String same(@Nullable String expected, String actual, CsvRow row, String column) {
        if (expected != null && !expected.equals(actual)) {
            throw new UnreadableStatement(
                    row.at(column),
                    column + " " + actual + " weicht von " + expected
                            + " in den Zeilen davor ab; eine Datei ist genau ein Kontoauszug");
        }
        return actual;
    }

    private ParsedStatement statement(int headerLine) {
        if (statementId == null || iban == null) {
            throw new UnreadableStatement("Zeile " + headerLine, "Die Datei enthält keine Buchungen");
        }
        return new ParsedStatement(
                "csv",
                statementId,
                iban,
                "IBAN",
                Values.EUR,
                bookings.stream()
                        .map(ParsedBooking::bookingDate)
                        .min(Comparator.naturalOrder())
                        .orElseThrow(),
                bookings.stream()
                        .map(ParsedBooking::bookingDate)
                        .max(Comparator.naturalOrder())
                        .orElseThrow(),
                null,
                null,
                bookings);
    }

    private static List<String> header(CsvRecord record) {
        List<String> header = new ArrayList<>();
        for (String cell : record.cells()) {
            String column = BY_LOWER_CASE.get(cell.strip().toLowerCase(Locale.ROOT));
            String at = "Zeile " + record.line() + ", Spalte " + (header.size() + 1);
            if (column == null) {
                throw new UnreadableStatement(
                        at, "Unbekannte Spalte „" + cell.strip() + "“; erlaubt sind " + String.join(", ", COLUMNS));
            }
            if (header.contains(column)) {
                throw new UnreadableStatement(at, "Spalte " + column + " kommt doppelt vor");
            }
            header.add(column);
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !header.contains(required)) {
                throw new UnreadableStatement("Zeile " + record.line(), "Pflichtspalte fehlt: " + required);
            }
        }
        return header;
    }

    /** The header line decides: German Excel writes {@code ;}, most other tools {@code ,}. */
    private static char separator(String text) {
        return text.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .map(line -> line.indexOf(';') >= 0 ? ';' : ',')
                .orElse(';');
    }

    private static String text(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(StatementLimits.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > StatementLimits.MAX_BYTES) {
            throw new UnreadableStatement("Datei", Values.TOO_LARGE);
        }
        String text = utf8(bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Strict, because a file saved as Windows-1252 would otherwise turn names and umlauts into garbage silently. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        if (decoder.decode(in, out, true).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new UnreadableStatement(
                    "Zeile " + line, "Die Datei ist nicht UTF-8-kodiert; bitte als „CSV UTF-8“ speichern");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
