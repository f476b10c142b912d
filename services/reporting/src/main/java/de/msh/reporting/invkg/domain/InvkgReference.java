package de.msh.reporting.invkg.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference data of the Land's report under § 8 InvKG ({@code reference/invkg-report.json}): which programme's
 * grants it covers, its half-years and their due days, the yearly report's due day, what counts as completed, the
 * columns of the overview in their order with their source, the investment areas of § 4 (1) InvKG, and the notes the
 * document carries where the administrative agreement's exact form is not known.
 */
public record InvkgReference(
        int version,
        String programme,
        String periodSource,
        List<HalfYear> halfYears,
        Yearly yearly,
        String completion,
        List<Field> fields,
        List<Area> investmentAreas,
        List<String> notes) {

    /** The columns the overview can show; the file picks and orders them. */
    public static final Set<String> FIELD_KEYS = Set.of(
            "measure",
            "fileNumber",
            "recipient",
            "investmentArea",
            "eligibleCosts",
            "federalAmount",
            "rate",
            "coFinancing",
            "completedOn",
            "received",
            "disbursed",
            "used",
            "proofAcceptedOn");

    /**
     * @param half 1 or 2
     * @param from first day ({@code MM-dd})
     * @param to last day ({@code MM-dd})
     * @param due the day the report on it is due ({@code MM-dd}), {@code dueYearOffset} years after the half-year's
     */
    public record HalfYear(int half, String from, String to, String due, int dueYearOffset) {}

    public record Yearly(String due, int dueYearOffset, String source) {}

    /** A column of the overview: its key (one of {@link #FIELD_KEYS}), its German label, where it is asked for. */
    public record Field(String key, String label, String source) {}

    /** An investment area as the law numbers it. */
    public record Area(String id, int number, String name, String source) {}

    /** A report's period: its German name, first and last day, and the day the report is due. */
    public record Period(String label, LocalDate from, LocalDate to, LocalDate dueOn) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public InvkgReference {
        halfYears = List.copyOf(halfYears);
        fields = List.copyOf(fields);
        investmentAreas = List.copyOf(investmentAreas);
        notes = List.copyOf(notes);
        Set<String> unknown = fields.stream()
                .map(Field::key)
                .filter(key -> !FIELD_KEYS.contains(key))
                .collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown fields of the § 8 overview: " + unknown);
        }
        if (halfYears.stream().map(HalfYear::half).collect(Collectors.toSet()).size() != 2) {
            throw new IllegalArgumentException("The § 8 overview needs exactly the half-years 1 and 2");
        }
    }

    public Period halfYear(int year, int half) {
        HalfYear h = halfYears.stream()
                .filter(candidate -> candidate.half() == half)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No half-year " + half));
        return new Period(
                half + ". Halbjahr " + year,
                MonthDay.parse("--" + h.from()).atYear(year),
                MonthDay.parse("--" + h.to()).atYear(year),
                MonthDay.parse("--" + h.due()).atYear(year + h.dueYearOffset()));
    }

    public Period year(int year) {
        return new Period(
                "Jahr " + year,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                MonthDay.parse("--" + yearly.due()).atYear(year + yearly.dueYearOffset()));
    }

    public Optional<Area> area(String id) {
        return investmentAreas.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
