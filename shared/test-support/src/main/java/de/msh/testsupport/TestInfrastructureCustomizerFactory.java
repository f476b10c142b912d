package de.msh.testsupport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points every Spring test context at the shared test infrastructure, with no annotation needed: registered in
 * {@code META-INF/spring.factories}. The broker and the store start only when a context actually asks for their
 * address, so web slice tests pay nothing. Inline test properties still win.
 */
public class TestInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /**
     * The properties that point a service at the shared infrastructure, each resolved only when asked for. A test
     * that starts a second service itself (with {@code SpringApplicationBuilder}) passes {@link #asArguments()}.
     */
    public static Map<String, Supplier<String>> properties() {
        boolean containers = ContainerInfrastructure.requested();
        Supplier<String> kafka = containers
                ? ContainerInfrastructure::kafkaBootstrapServers
                : EmbeddedInfrastructure::kafkaBootstrapServers;
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        values.put("spring.kafka.bootstrap-servers", kafka);
        values.put("spring.cloud.stream.kafka.binder.brokers", kafka);
        if (!containers) {
            values.put("spring.mongodb.uri", EmbeddedInfrastructure::mongoUri);
        }
        values.put("msh.security.issuer", () -> TestTokens.ISSUER);
        values.put("msh.security.public-key-location", () -> "file:" + TestTokens.publicKeyPem());
        values.put("msh.security.jwk-set-uri", () -> "");
        return values;
    }

    /** {@link #properties()} resolved now, as {@code --key=value} arguments for a second application. */
    public static String[] asArguments() {
        return properties().entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue().get())
                .toArray(String[]::new);
    }

    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            add(context.getEnvironment().getPropertySources(), new LazyPropertySource(properties()));
            if (ContainerInfrastructure.requested() && context instanceof GenericApplicationContext generic) {
                generic.registerBean(ContainerInfrastructure.class);
            }
        }

        private static void add(MutablePropertySources sources, PropertySource<?> source) {
            String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
            if (sources.contains(inlined)) {
                sources.addAfter(inlined, source);
            } else {
                sources.addFirst(source);
            }
        }
    }

    private static final class LazyPropertySource extends PropertySource<Map<String, Supplier<String>>> {

        LazyPropertySource(Map<String, Supplier<String>> values) {
            super("mshTestInfrastructure", values);
        }

        @Override
        public @Nullable Object getProperty(String name) {
            Supplier<String> value = getSource().get(name);
            return value == null ? null : value.get();
        }

        @Override
        public boolean containsProperty(String name) {
            return getSource().containsKey(name);
        }
    }
}
