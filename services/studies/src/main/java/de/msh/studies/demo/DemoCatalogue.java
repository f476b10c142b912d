package de.msh.studies.demo;

import de.msh.studies.catalogue.application.CatalogueImport;
import de.msh.studies.catalogue.format.JsonCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Imports the placeholder catalogue on a local stack started with {@code msh.demo-data=true}, through the same import
 * the office uses, so a restart changes nothing and the office's real list replaces the placeholders by catalogue
 * number. Never on in a production profile.
 */
@Component
@ConditionalOnProperty(name = "msh.demo-data", havingValue = "true")
class DemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final Resource file;
    private final CatalogueImport catalogue;

    DemoCatalogue(
            @Value("${msh.demo-data-file:classpath:demo/studies-catalogue.json}") Resource file,
            CatalogueImport catalogue) {
        this.file = file;
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        try (InputStream in = file.getInputStream()) {
            var result = catalogue.apply(
                    JsonCatalogue.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)), "demo-data");
            log.info("Demo data: {} from {}", result, file.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo catalogue from " + file, e);
        }
    }
}
