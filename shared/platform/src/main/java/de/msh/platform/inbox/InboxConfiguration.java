package de.msh.platform.inbox;

import de.msh.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What every consuming service needs: the inbox that reads batches, the in-order writer for read models, the
 * sequence tracker that shows gaps, dead letters for what can never be applied, the started/done record for side
 * effects, and the listener containers' error handling: a failed batch is retried with back-off capped at ten
 * seconds, for as long as it keeps failing, and is never skipped.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(ListenerContainerCustomizer.class)
@ConditionalOnBean(MongoTemplate.class)
public class InboxConfiguration {

    @Bean
    ConsumerMetrics consumerMetrics(ObjectProvider<MeterRegistry> registry) {
        return new ConsumerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    ConsumerHealth consumersHealthIndicator(ObjectProvider<MeterRegistry> registry) {
        return new ConsumerHealth(registry.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
    }

    @Bean
    InOrderWriter inOrderWriter(MongoTemplate mongo) {
        return new InOrderWriter(mongo);
    }

    @Bean
    SequenceTracker sequenceTracker(MongoTemplate mongo, ConsumerMetrics metrics) {
        return new SequenceTracker(mongo, Clock.systemUTC(), metrics);
    }

    @Bean(destroyMethod = "close")
    DeadLetters deadLetters(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${spring.application.name:msh}") String group,
            ConsumerMetrics metrics) {
        return new DeadLetters(brokers, group, metrics);
    }

    @Bean
    EventInbox eventInbox(
            ConsumerMetrics metrics,
            InOrderWriter writer,
            SequenceTracker sequences,
            DeadLetters deadLetters,
            ConsumerHealth health) {
        return new EventInbox(EventCodec.standard(), metrics, writer, sequences, deadLetters, health);
    }

    @Bean
    EventReplay eventReplay(InOrderWriter writer) {
        return new EventReplay(EventCodec.standard(), writer);
    }

    @Bean
    SideEffects sideEffects(MongoTemplate mongo) {
        return new SideEffects(mongo, Clock.systemUTC());
    }

    @Bean
    EventGapsEndpoint eventGapsEndpoint(SequenceTracker sequences) {
        return new EventGapsEndpoint(sequences);
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            DeadLetters deadLetters,
            MongoTemplate mongo) {
        return new DeadLetterRedrive(brokers, deadLetters, mongo);
    }

    @Bean
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedrive redrive) {
        return new DeadLettersEndpoint(redrive);
    }

    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryBatchesUntilTheyPass() {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
            backOff.setMaxInterval(10_000);
            DefaultErrorHandler handler = new DefaultErrorHandler(
                    (record, failure) -> {
                        throw new IllegalStateException("A consumed record is never skipped", failure);
                    },
                    backOff);
            // Nothing counts as "not retryable" here: the inbox sets aside what can never be applied itself.
            handler.setClassifications(Map.of(), true);
            container.setCommonErrorHandler(handler);
        };
    }
}
