package de.msh.platform.limits;

import de.msh.platform.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** Puts {@link RequestSizeFilter} in front of every other filter of a service. */
@AutoConfiguration(afterName = "de.msh.platform.security.ResourceServerConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ProblemWriter.class)
@EnableConfigurationProperties(RequestLimitProperties.class)
public class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(RequestLimitProperties limits, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new RequestSizeFilter(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
