package de.msh.reporting.milestones.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How milestone health is figured on a day, from the rows as they stood then.
 *
 * <ul>
 *   <li>Counted: every milestone not closed, except the office's own events (an Impulsgebertag is no deadline of a
 *       project).
 *   <li>Reached on time: on or before the baseline. Missed: not reached and the forecast lies before the day. Upcoming:
 *       not reached and the forecast lies within {@code upcomingDays} from the day.
 *   <li>On-time rate: reached on time among those whose date has come (reached, or missed); none if there are none.
 *   <li>Slippage: days from the baseline to the day reached, or else to the forecast, as in the milestones service.
 * </ul>
 * Field and manager come from the portfolio at the time of asking, so the order the topics arrive in does not matter.
 */
public final class MilestoneHealth {

    public static final String ALL = "alle";
    public static final String UNKNOWN = "unbekannt";

    /** What the portfolio knows of a project. */
    public record Project(
            @Nullable String name,
            @Nullable String strategicField,
            @Nullable String projectManager) {}

    private MilestoneHealth() {}

    public static MilestoneHealthView of(
            List<MilestoneRow> rows,
            Map<String, Project> projects,
            LocalDate on,
            int upcomingDays,
            @Nullable String field,
            @Nullable String manager) {
        Function<MilestoneRow, Project> project =
                row -> projects.getOrDefault(row.projectId(), new Project(null, null, null));
        List<MilestoneRow> counted = rows.stream()
                .filter(MilestoneRow::counted)
                .filter(row ->
                        field == null || field.equals(keyOf(project.apply(row).strategicField())))
                .filter(row -> manager == null
                        || manager.equalsIgnoreCase(keyOf(project.apply(row).projectManager())))
                .toList();
        Map<String, List<MilestoneRow>> byField = new TreeMap<>();
        Map<String, List<MilestoneRow>> byManager = new TreeMap<>();
        List<Deadline> missed = new ArrayList<>();
        List<Deadline> upcoming = new ArrayList<>();
        for (MilestoneRow row : counted) {
            Project of = project.apply(row);
            byField.computeIfAbsent(keyOf(of.strategicField()), k -> new ArrayList<>())
                    .add(row);
            byManager
                    .computeIfAbsent(keyOf(of.projectManager()), k -> new ArrayList<>())
                    .add(row);
            if (row.missedOn(on)) {
                missed.add(deadline(row, of));
            } else if (row.dueWithin(on, upcomingDays)) {
                upcoming.add(deadline(row, of));
            }
        }
        Comparator<Deadline> byForecast =
                Comparator.comparing(Deadline::forecastOn).thenComparing(Deadline::projectId);
        missed.sort(byForecast);
        upcoming.sort(byForecast);
        return new MilestoneHealthView(
                on,
                upcomingDays,
                health(ALL, counted, on, upcomingDays),
                groups(byField, on, upcomingDays),
                groups(byManager, on, upcomingDays),
                missed,
                upcoming);
    }

    static Health health(String key, List<MilestoneRow> rows, LocalDate on, int upcomingDays) {
        int achieved = 0;
        int onTime = 0;
        int missed = 0;
        int upcoming = 0;
        long slippage = 0;
        long maxSlippage = 0;
        for (MilestoneRow row : rows) {
            if (row.achievedOn() != null) {
                achieved++;
                if (!row.achievedOn().isAfter(row.baselineOn())) {
                    onTime++;
                }
            } else if (row.missedOn(on)) {
                missed++;
            } else if (row.dueWithin(on, upcomingDays)) {
                upcoming++;
            }
            slippage += row.slippageDays();
            maxSlippage = Math.max(maxSlippage, row.slippageDays());
        }
        int due = achieved + missed;
        return new Health(
                key,
                rows.size(),
                achieved,
                onTime,
                missed,
                upcoming,
                rows.size() - achieved,
                due == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(due), 4, RoundingMode.HALF_UP),
                rows.isEmpty()
                        ? BigDecimal.ZERO.setScale(1)
                        : BigDecimal.valueOf(slippage).divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP),
                maxSlippage);
    }

    private static List<Health> groups(Map<String, List<MilestoneRow>> groups, LocalDate on, int upcomingDays) {
        List<Health> health = new ArrayList<>();
        groups.forEach((key, rows) -> health.add(health(key, rows, on, upcomingDays)));
        return health;
    }

    private static Deadline deadline(MilestoneRow row, Project project) {
        return new Deadline(
                row.projectId(),
                project.name(),
                project.strategicField(),
                project.projectManager(),
                row.milestoneId(),
                row.title(),
                row.kind(),
                row.baselineOn(),
                row.forecastOn(),
                row.slippageDays());
    }

    private static String keyOf(@Nullable String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
