package de.msh.funding.programme.persistence;

import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the programmes once at start-up from {@code msh.funding.programmes} (by default the file shipped with the
 * service). Amounts are read as exact decimals, never through {@code double}; a repeated id stops the start.
 */
@Component
class ProgrammesFile implements Programmes {

    record Catalogue(List<Programme> programmes) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final List<Programme> programmes;

    ProgrammesFile(@Value("${msh.funding.programmes:classpath:reference/programmes.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            this.programmes = List.copyOf(JSON.readValue(in, Catalogue.class).programmes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the funding programmes from " + file, e);
        }
        Set<String> ids = new HashSet<>();
        for (Programme programme : programmes) {
            if (!ids.add(programme.id())) {
                throw new IllegalStateException("Programme " + programme.id() + " appears twice in " + file);
            }
        }
    }

    @Override
    public List<Programme> all() {
        return programmes;
    }
}
