package de.msh.platform.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.PostMapping;

/** Names the {@code Idempotency-Key} header on every POST of a service that publishes its API description. */
@AutoConfiguration
@ConditionalOnClass(OperationCustomizer.class)
public class IdempotencyApiDescription {

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter()
                        .name(IdempotencyFilter.HEADER)
                        .required(false)
                        .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY))
                        .description("Makes a retry safe: a repeat with the same key and body is answered with the"
                                + " first answer (header Idempotent-Replayed: true) and changes nothing; the same key"
                                + " with another body is 422, a repeat while the first still runs 409. Keys are per"
                                + " user. Without the header the request is simply run."));
            }
            return operation;
        };
    }
}
