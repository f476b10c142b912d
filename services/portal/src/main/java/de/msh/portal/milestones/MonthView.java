package de.msh.portal.milestones;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A month of milestones as a calendar: whole weeks from Monday to Sunday, each day with the milestones due on it (by
 * the day reached, or else the forecast).
 */
public record MonthView(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, List<MilestonesClient.Milestone> milestones) {}

    static MonthView of(YearMonth month, List<MilestonesClient.Milestone> milestones) {
        Map<LocalDate, List<MilestonesClient.Milestone>> byDay = milestones.stream()
                .collect(Collectors.groupingBy(m -> m.achievedOn() != null ? m.achievedOn() : m.forecastOn()));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                week.add(new Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new MonthView(month, weeks);
    }

    /** The month's name and year in German, e.g. {@code Dezember 2026}. */
    public String title() {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.GERMANY)
                + " " + month.getYear();
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
