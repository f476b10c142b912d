package de.msh.portal.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard reads of reporting's answers; every answer says what it reflects. Public, because the HTTP
 * client's proxy must reach them.
 */
public final class Views {

    private Views() {}

    public record Position(String topic, int partition, long offset) {}

    public record Group(String key, long projects, BigDecimal plannedCost) {}

    public record Portfolio(
            Group total,
            List<Group> byPhase,
            List<Group> byStrategicField,
            @Nullable Instant asOf,
            List<Position> positions) {}

    public record Totals(
            String key,
            int grants,
            BigDecimal committed,
            BigDecimal called,
            BigDecimal received,
            BigDecimal disbursed,
            BigDecimal proven,
            BigDecimal reclaimed) {}

    public record Year(int year, BigDecimal called, BigDecimal received, BigDecimal disbursed, BigDecimal proven) {}

    public record Money(Totals total, List<Totals> byProgramme, List<Year> byYear, List<Position> positions) {}

    public record Point(LocalDate on, BigDecimal value) {}

    public record YearValue(int year, BigDecimal value) {}

    public record Forecast(
            String assessment,
            String label,
            String method,
            int targetYear,
            BigDecimal targetValue,
            @Nullable String rateBasis,
            @Nullable BigDecimal observedRate,
            @Nullable BigDecimal requiredRate,
            @Nullable BigDecimal ratio,
            @Nullable Integer reachesTargetIn,
            @Nullable Integer reachesFinalTargetIn,
            int dataPoints,
            @Nullable String reason,
            List<YearValue> trend) {}

    public record Indicator(
            String key,
            String field,
            String name,
            String unit,
            String direction,
            int baselineYear,
            BigDecimal baselineValue,
            Map<Integer, BigDecimal> targets,
            BigDecimal value,
            @Nullable LocalDate valueOn,
            @Nullable BigDecimal achieved,
            @Nullable BigDecimal planned,
            List<Point> series,
            Forecast forecast) {}

    public record Field(String field, List<Indicator> indicators) {}

    public record Progress(int catalogueVersion, String source, List<Field> fields, List<Position> positions) {}

    /** One group's milestone health; {@code key} is a field id, a manager, {@code alle} or {@code unbekannt}. */
    public record Health(
            String key,
            int milestones,
            int achieved,
            int achievedOnTime,
            int missed,
            int upcoming,
            int open,
            @Nullable BigDecimal onTimeRate,
            BigDecimal averageSlippageDays,
            long maxSlippageDays) {}

    public record Deadline(
            String projectId,
            @Nullable String project,
            @Nullable String strategicField,
            @Nullable String projectManager,
            String milestoneId,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            long slippageDays) {}

    public record MilestoneHealth(
            LocalDate on,
            int upcomingDays,
            Health total,
            List<Health> byField,
            List<Health> byManager,
            List<Deadline> missed,
            List<Deadline> upcoming,
            List<Position> positions) {}
}
