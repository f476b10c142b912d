package de.msh.platform.limits;

import java.time.LocalDate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** Reads every ISO day of a request, as parameter or in a JSON body, through {@link DateLimits}. */
@AutoConfiguration
public class DateLimitsConfiguration {

    @Bean
    WebMvcConfigurer dateLimitsForParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(
                        String.class,
                        LocalDate.class,
                        text -> text.isBlank() ? null : DateLimits.require(LocalDate.parse(text.strip())));
            }
        };
    }

    @Bean
    SimpleModule dateLimitsForBodies() {
        return new SimpleModule("msh-date-limits").addDeserializer(LocalDate.class, new LimitedDays());
    }

    private static final class LimitedDays extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString().strip();
            try {
                return DateLimits.require(LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException unreadable) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
        }
    }
}
