package de.msh.funding.rules.persistence;

import de.msh.funding.rules.domain.GrantRules;
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
 * Reads the lifecycle rules once at start-up from {@code msh.funding.grant-rules}; rates as exact decimals. A file
 * that cannot be read stops the start rather than leaving deadlines or interest unknown.
 */
@Configuration(proxyBeanMethods = false)
class GrantRulesFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    GrantRules grantRules(@Value("${msh.funding.grant-rules:classpath:reference/grant-rules.json}") Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, GrantRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the grant rules from " + file, e);
        }
    }
}
