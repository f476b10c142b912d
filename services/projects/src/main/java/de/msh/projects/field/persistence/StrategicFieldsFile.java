package de.msh.projects.field.persistence;

import de.msh.projects.field.domain.StrategicField;
import de.msh.projects.field.domain.StrategicFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the strategic fields once at start-up from {@code msh.projects.strategic-fields} (by default the file shipped
 * with the service), so the office changes the list by editing a file, not code. A file with a repeated or blank id
 * stops the start rather than letting projects refer to an ambiguous field.
 */
@Component
class StrategicFieldsFile implements StrategicFields {

    record Catalogue(List<StrategicField> fields) {}

    private final List<StrategicField> fields;

    StrategicFieldsFile(
            @Value("${msh.projects.strategic-fields:classpath:reference/strategic-fields.json}") Resource file,
            JsonMapper json) {
        try (InputStream in = file.getInputStream()) {
            this.fields = List.copyOf(json.readValue(in, Catalogue.class).fields());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the strategic fields from " + file, e);
        }
        Set<String> ids = new HashSet<>();
        for (StrategicField field : fields) {
            if (field.id() == null || field.id().isBlank() || !ids.add(field.id())) {
                throw new IllegalStateException("Strategic field ids must be present and unique in " + file);
            }
        }
    }

    @Override
    public List<StrategicField> all() {
        return fields;
    }
}
