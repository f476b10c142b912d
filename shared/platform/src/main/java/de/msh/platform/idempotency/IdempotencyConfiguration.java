package de.msh.platform.idempotency;

import de.msh.platform.problem.ProblemWriter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every service with a store answers keyed POSTs once. The filter runs right after the security filters, so it knows
 * the user, whose keys are their own; {@code msh.idempotency.stale-after} (60 s) is how long a run without an answer
 * counts as alive.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "de.msh.platform.security.ResourceServerConfiguration"
        })
@ConditionalOnBean({MongoTemplate.class, ProblemWriter.class})
public class IdempotencyConfiguration {

    /** Right after Spring Security's filter chain (order -100). */
    static final int ORDER = 0;

    @Bean
    IdempotencyRecords idempotencyRecords(MongoTemplate mongo) {
        return new IdempotencyRecords(mongo);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyRecords records,
            ProblemWriter problems,
            ObjectProvider<Clock> clock,
            @Value("${msh.idempotency.stale-after:60s}") Duration staleAfter) {
        var registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(records, problems, staleAfter, clock.getIfAvailable(Clock::systemUTC)));
        registration.setOrder(ORDER);
        return registration;
    }
}
