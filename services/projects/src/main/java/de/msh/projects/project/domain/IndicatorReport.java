package de.msh.projects.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * What a project had achieved on one indicator by a day, with the evidence. The value is the project's total by
 * then, so the latest report per indicator is the project's achievement; earlier ones stay as its history.
 */
public record IndicatorReport(
        String indicator,
        String unit,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal value,
        LocalDate achievedOn,
        String evidence,
        String reportedBy,
        Instant reportedAt) {}
