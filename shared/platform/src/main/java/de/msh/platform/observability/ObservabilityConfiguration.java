package de.msh.platform.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public class ObservabilityConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    DocumentStoreHealthIndicator documentStoreHealthIndicator(MongoTemplate mongo) {
        return new DocumentStoreHealthIndicator(mongo);
    }
}
