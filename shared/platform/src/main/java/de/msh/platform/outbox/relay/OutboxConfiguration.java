package de.msh.platform.outbox.relay;

import de.msh.events.EventContext;
import de.msh.platform.outbox.OutboxAggregate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Gives a publishing service (one that sets {@code msh.events.context}) its relay. The relay serves every document
 * class that extends {@link OutboxAggregate}, found in the mapping context; there is nothing to register.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingServiceConfiguration"
        })
@ConditionalOnProperty("msh.events.context")
@ConditionalOnBean({MongoTemplate.class, StreamBridge.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            StreamBridge bridge,
            MongoMappingContext mapping,
            OutboxMetrics metrics,
            OutboxProperties properties,
            @Value("${msh.events.context}") String context) {
        Set<String> collections = mapping.getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toSet());
        return new OutboxRelay(
                mongo,
                bridge,
                EventContext.ofKey(context),
                collections,
                metrics,
                Clock.systemUTC(),
                properties.lease(),
                properties.sweepInterval());
    }

    @Bean
    RelayHintListener relayHintListener(OutboxRelay relay) {
        return new RelayHintListener(relay);
    }
}
