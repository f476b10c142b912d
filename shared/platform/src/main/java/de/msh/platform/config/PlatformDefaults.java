package de.msh.platform.config;

import de.msh.platform.limits.JsonLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code msh-platform-defaults.properties} as the last property source: every service starts with the same
 * problem details, actuator exposure and Kafka binder settings, and can still override each one. Also installs the
 * JSON parsing limits ({@link JsonLimits}).
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "mshPlatformDefaults";
    static final String MANAGEMENT_PORT = "management.server.port";
    static final int MANAGEMENT_OFFSET = 1000;

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
        if (!environment.containsProperty(MANAGEMENT_PORT)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            NAME + "Management",
                            Map.of(
                                    MANAGEMENT_PORT,
                                    managementPort(environment.getProperty("server.port", Integer.class, 8080)))));
        }
    }

    /**
     * The actuator (beyond the health paths) listens on the service's port + 1000 (9081 for 8081), which the container
     * stack does not publish; a random service port (tests) gets a random management port.
     */
    static int managementPort(int serverPort) {
        return serverPort == 0 ? 0 : serverPort + MANAGEMENT_OFFSET;
    }
}
