package de.msh.reporting.statusreport.persistence;

import de.msh.reporting.statusreport.domain.StatusRules;
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
 * Reads the traffic-light rules ({@code msh.reporting.status-rules}) once at start-up; a file that cannot be read
 * stops the start rather than judging reports by unknown rules.
 */
@Configuration(proxyBeanMethods = false)
class StatusRulesFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    StatusRules statusRules(
            @Value("${msh.reporting.status-rules:classpath:reference/status-rules.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, StatusRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the status rules from " + file, e);
        }
    }
}
