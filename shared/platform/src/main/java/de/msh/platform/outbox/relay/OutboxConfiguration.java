package de.msh.platform.outbox.relay;

import de.msh.events.EventContext;
import de.msh.platform.outbox.OutboxAggregate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxConfiguration {

    @Bean
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> registry) {
        return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean(destroyMethod = "close")
    KafkaOutboxSender outboxSender(
            @Value("${msh.events.context}") String context,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${msh.events.partitions:3}") int partitions,
            OutboxProperties properties) {
        return new KafkaOutboxSender(
                EventContext.ofKey(context), brokers, partitions, Map.copyOf(properties.producer()));
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            OutboxSender sender,
            MongoMappingContext mapping,
            OutboxMetrics metrics,
            OutboxProperties properties) {
        Set<String> collections = mapping.getPersistentEntities().stream()
                .filter(entity -> OutboxAggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toSet());
        Clock clock = Clock.systemUTC();
        return new OutboxRelay(
                new OutboxDocuments(mongo, clock, properties.lease()),
                sender,
                collections,
                metrics,
                clock,
                properties.sweepInterval(),
                properties.batchSize());
    }

    @Bean
    RelayHintListener relayHintListener(OutboxRelay relay) {
        return new RelayHintListener(relay);
    }
}
