package de.msh.studies.catalogue.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalogue from JSON: either a list of objects, or an object whose {@code studies} holds that list (so a
 * file may explain itself in an {@code about} text). Each object has the catalogue columns as keys with text, number
 * or null values; rows are numbered from 1 in list order.
 */
public final class JsonCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonCatalogue() {}

    public static List<RawRow> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new UnreadableCatalogue(
                    List.of(new RowError(0, "file", "Not valid JSON: " + e.getOriginalMessage())));
        }
        JsonNode list = root != null && root.isObject() ? root.get("studies") : root;
        if (list == null || !list.isArray()) {
            throw new UnreadableCatalogue(List.of(
                    new RowError(0, "file", "Expected a list of studies, or an object with a list in 'studies'")));
        }
        if (list.size() > CatalogueColumns.MAX_ROWS) {
            throw new UnreadableCatalogue(
                    List.of(new RowError(0, "file", "At most " + CatalogueColumns.MAX_ROWS + " rows per file")));
        }
        List<RowError> errors = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(row(i + 1, list.get(i), errors));
        }
        if (!errors.isEmpty()) {
            throw new UnreadableCatalogue(errors);
        }
        return rows;
    }

    private static RawRow row(int number, JsonNode node, List<RowError> errors) {
        Map<String, String> values = new HashMap<>();
        if (!node.isObject()) {
            errors.add(new RowError(number, "file", "Each study is an object"));
            return new RawRow(number, values);
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String column = property.getKey();
            JsonNode value = property.getValue();
            if (!CatalogueColumns.ALL.contains(column)) {
                errors.add(new RowError(number, column, "Unknown column; known are " + CatalogueColumns.ALL));
            } else if (value.isContainer()) {
                errors.add(new RowError(number, column, "Must be text, not a list or object"));
            } else if (!value.isNull() && !value.asString().isBlank()) {
                values.put(column, value.asString().strip());
            }
        }
        return new RawRow(number, values);
    }
}
