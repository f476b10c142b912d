package de.msh.reporting.invkg.persistence;

import de.msh.reporting.invkg.domain.InvkgReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the § 8 report's reference data ({@code msh.reporting.invkg-report}) once at start-up; a file that cannot be
 * read, or names a column the overview does not know, stops the start.
 */
@Configuration(proxyBeanMethods = false)
class InvkgReferenceFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    InvkgReference invkgReference(
            @Value("${msh.reporting.invkg-report:classpath:reference/invkg-report.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, InvkgReference.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the § 8 InvKG reference data from " + file, e);
        }
    }
}
