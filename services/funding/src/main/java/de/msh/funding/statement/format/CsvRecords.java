package de.msh.funding.statement.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of cells, following quotes across line breaks; numbers records by physical line. Blank
 * records are dropped here, as they are read.
 */
final class CsvRecords {

    /** One record: the line it starts on (1-based) and its raw cells. */
    record CsvRecord(int line, List<String> cells) {}

    private final String text;
    private final char separator;
    private final List<CsvRecord> records = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;
    private int recordLine = 1;

    private CsvRecords(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    static List<CsvRecord> split(String text, char separator) {
        return new CsvRecords(text, separator).split();
    }

    private List<CsvRecord> split() {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                append('"');
                i++;
            } else if (quoted && c == '"') {
                quoted = false;
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (quoted || (c != separator && c != '\n' && c != '\r')) {
                line += c == '\n' ? 1 : 0;
                append(c);
            } else if (c == separator) {
                endCell();
            } else {
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                endRecord();
                line++;
                recordLine = line;
            }
        }
        if (quoted) {
            throw new UnreadableStatement("Zeile " + recordLine, "Ein Anführungszeichen wird nie geschlossen");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            endRecord();
        }
        return records;
    }

    private void append(char c) {
        cell.append(c);
        if (cell.length() > StatementLimits.MAX_TEXT) {
            throw new UnreadableStatement(
                    "Zeile " + recordLine, "Zelle ist länger als " + StatementLimits.MAX_TEXT + " Zeichen");
        }
    }

    private void endCell() {
        // an empty cell costs nothing, so lines of separators or blank lines cannot fill the heap
        cells.add(cell.length() == 0 ? "" : cell.toString());
        cell.setLength(0);
        if (cells.size() > StatementLimits.MAX_CELLS) {
            throw new UnreadableStatement(
                    "Zeile " + recordLine, "Mehr als " + StatementLimits.MAX_CELLS + " Spalten in einer Zeile");
        }
    }

    // a loop, not a stream: this runs once per line, and a file may be millions of blank lines
    private static boolean blank(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Keeps a record unless it is blank; more records than a file may hold bookings are refused as they come. */
    private void endRecord() {
        endCell();
        if (!blank(cells)) {
            if (records.size() > StatementLimits.MAX_BOOKINGS) {
                throw new UnreadableStatement(
                        "Zeile " + recordLine,
                        "Mehr als " + StatementLimits.MAX_BOOKINGS + " Buchungen in einer Datei");
            }
            records.add(new CsvRecord(recordLine, List.copyOf(cells)));
        }
        cells.clear();
    }
}
