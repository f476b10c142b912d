package de.msh.studies.catalogue.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalogue from CSV as spreadsheets write it: a header row naming the columns, separated by {@code ;} (what
 * German Excel writes) or {@code ,}, cells optionally in double quotes with {@code ""} for a quote, line breaks inside
 * quotes allowed, a UTF-8 byte order mark ignored. Rows are numbered by the line they start on.
 */
public final class CsvCatalogue {

    private CsvCatalogue() {}

    public static List<RawRow> read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = content.indexOf('\n');
        String headerLine = firstBreak < 0 ? content : content.substring(0, firstBreak);
        char delimiter = headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<RowError> errors = new ArrayList<>();
        List<Record> records = records(content, delimiter, errors);
        if (records.isEmpty()) {
            throw new UnreadableCatalogue(List.of(new RowError(0, "file", "The file is empty")));
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        checkHeader(header, errors);
        List<RawRow> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.cells().size() != header.size()) {
                errors.add(new RowError(
                        record.line(),
                        "file",
                        "Expected " + header.size() + " cells, found "
                                + record.cells().size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = record.cells().get(i).strip();
                if (!cell.isEmpty()) {
                    values.put(header.get(i), cell);
                }
            }
            rows.add(new RawRow(record.line(), values));
        }
        if (rows.size() > CatalogueColumns.MAX_ROWS) {
            errors.add(new RowError(0, "file", "At most " + CatalogueColumns.MAX_ROWS + " rows per file"));
        }
        if (!errors.isEmpty()) {
            throw new UnreadableCatalogue(errors);
        }
        return rows;
    }

    static void checkHeader(List<String> header, List<RowError> errors) {
        for (String column : header) {
            if (!CatalogueColumns.ALL.contains(column)) {
                errors.add(new RowError(1, column, "Unknown column; known are " + CatalogueColumns.ALL));
            } else if (header.indexOf(column) != header.lastIndexOf(column)) {
                errors.add(new RowError(1, column, "The column appears twice"));
            }
        }
        for (String required : CatalogueColumns.REQUIRED) {
            if (!header.contains(required)) {
                errors.add(new RowError(1, required, "The column is required"));
            }
        }
    }

    private record Record(int line, List<String> cells) {}

    /** Splits the text into records of cells, following quotes across line breaks. */
    private static List<Record> records(String text, char delimiter, List<RowError> errors) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            errors.add(new RowError(recordLine, "file", "A quoted cell is never closed"));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }
}
