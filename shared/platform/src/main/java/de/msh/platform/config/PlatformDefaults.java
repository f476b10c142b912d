package de.msh.platform.config;

import de.msh.platform.limits.JsonLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code msh-platform-defaults.properties} as the last property source: every service starts with the same
 * problem details, actuator exposure and Kafka binder settings, and can still override each one. Also installs the
 * JSON parsing limits ({@link JsonLimits}).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "mshPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // before any JSON mapper exists, so every one of them gets the limits
        JsonLimits.install();
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(
                            NAME, new ClassPathResource("msh-platform-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
