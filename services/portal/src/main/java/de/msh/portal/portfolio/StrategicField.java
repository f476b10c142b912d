package de.msh.portal.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the district's strategic fields (Themenfelder), with the name the office uses. */
public record StrategicField(String id, String name) {

    /** Reporting's key for the projects without a field. */
    public static final String NONE = "-";

    /** The office's name of each field by its id, and "ohne Themenfeld" for projects without one. */
    public static Map<String, String> names(List<StrategicField> fields) {
        Map<String, String> names = new HashMap<>();
        fields.forEach(field -> names.put(field.id(), field.name()));
        names.put(NONE, "ohne Themenfeld");
        return names;
    }
}
