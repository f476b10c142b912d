package de.msh.platform.inbox;

import de.msh.events.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every consuming service needs: the inbox that reads envelopes, the in-order writer for read models, the
 * applied-event record for side effects, and dead letters to {@code <topic>.dlq}, counted.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(DlqDestinationResolver.class)
public class InboxConfiguration {

    @Bean
    ConsumerMetrics consumerMetrics(ObjectProvider<MeterRegistry> registry) {
        return new ConsumerMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    EventInbox eventInbox(ConsumerMetrics metrics) {
        return new EventInbox(EventCodec.standard(), metrics);
    }

    @Bean
    DlqDestinationResolver deadLetterTopics(ConsumerMetrics metrics) {
        return (record, exception) -> {
            metrics.deadLettered(record.topic());
            return record.topic() + ".dlq";
        };
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    InOrderWriter inOrderWriter(MongoTemplate mongo) {
        return new InOrderWriter(mongo);
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    AppliedEvents appliedEvents(MongoTemplate mongo) {
        return new AppliedEvents(mongo, Clock.systemUTC());
    }
}
