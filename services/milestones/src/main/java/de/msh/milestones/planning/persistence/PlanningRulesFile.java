package de.msh.milestones.planning.persistence;

import de.msh.milestones.planning.domain.PlanningRules;
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
 * Reads the planning rules once at start-up from {@code msh.milestones.planning-rules}. A file that cannot be read
 * stops the start rather than leaving deadlines unplanned.
 */
@Configuration(proxyBeanMethods = false)
class PlanningRulesFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    PlanningRules planningRules(
            @Value("${msh.milestones.planning-rules:classpath:reference/planning-rules.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, PlanningRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the planning rules from " + file, e);
        }
    }
}
