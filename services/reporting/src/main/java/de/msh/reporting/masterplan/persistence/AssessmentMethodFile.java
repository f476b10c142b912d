package de.msh.reporting.masterplan.persistence;

import de.msh.reporting.masterplan.domain.AssessmentMethod;
import de.msh.reporting.masterplan.domain.ProgressAssessor;
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
 * Reads the progress assessment's method and thresholds ({@code msh.reporting.progress-assessment}) once at start-up;
 * a file that cannot be read stops the start rather than assessing by unknown thresholds.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentMethodFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    ProgressAssessor progressAssessor(
            @Value("${msh.reporting.progress-assessment:classpath:reference/progress-assessment.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new ProgressAssessor(JSON.readValue(in, AssessmentMethod.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the progress assessment from " + file, e);
        }
    }
}
