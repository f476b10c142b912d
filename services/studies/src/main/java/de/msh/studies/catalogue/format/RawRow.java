package de.msh.studies.catalogue.format;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a catalogue file as written, before any rule is checked.
 *
 * @param row where it is in the file: the line of a CSV file, the position (from 1) in a JSON list
 * @param values column name to text; blank cells are absent
 */
public record RawRow(int row, Map<String, String> values) {

    public RawRow {
        values = Map.copyOf(values);
    }

    public @Nullable String get(String column) {
        return values.get(column);
    }
}
