package de.msh.platform.config;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Each service keeps its configuration in {@code <service>.yml}, named after its base package
 * ({@code de.msh.projects} reads {@code projects.yml}), not in {@code application.yml}. Two services can then run in
 * one JVM, as the cross-service integration tests do, each reading its own file. Runs just before Boot reads the
 * config files; an explicit {@code spring.config.name} wins.
 */
public class ServiceConfigName implements EnvironmentPostProcessor, Ordered {

    private static final String BASE = "de.msh.";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.config.name")) {
            return;
        }
        serviceOf(application)
                .ifPresent(service -> environment
                        .getPropertySources()
                        .addLast(new MapPropertySource(
                                "mshServiceConfigName", Map.of("spring.config.name", "application," + service))));
    }

    static Optional<String> serviceOf(SpringApplication application) {
        return application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(source -> ((Class<?>) source).getPackageName())
                .filter(name -> name.startsWith(BASE))
                .map(name -> name.substring(BASE.length()).split("\\.")[0])
                .findFirst();
    }
}
