package de.msh.reporting.masterplan.persistence;

import de.msh.reporting.masterplan.domain.CatalogueVersion;
import de.msh.reporting.masterplan.domain.Indicator;
import de.msh.reporting.masterplan.domain.InitialCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue's reference data file ({@code msh.reporting.masterplan-catalogue}), read as version 1, valid from the
 * beginning. A file that cannot be read stops the start rather than leaving the targets unknown.
 */
@Component
class CatalogueFile implements InitialCatalogue {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Contents(String source, List<Indicator> indicators) {}

    private final CatalogueVersion initial;

    CatalogueFile(
            @Value("${msh.reporting.masterplan-catalogue:classpath:reference/masterplan-2038.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            Contents contents = JSON.readValue(in, Contents.class);
            this.initial = new CatalogueVersion(
                    1,
                    Instant.EPOCH,
                    "system",
                    "Erstausstattung aus " + file.getFilename(),
                    contents.source(),
                    contents.indicators());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Masterplan catalogue from " + file, e);
        }
    }

    @Override
    public CatalogueVersion read() {
        return initial;
    }
}
