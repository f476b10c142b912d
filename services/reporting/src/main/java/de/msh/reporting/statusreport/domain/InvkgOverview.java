package de.msh.reporting.statusreport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of a report under § 8 InvKG that the Land passes on: the measures, with the columns the reference data
 * names, summed per investment area, with the period, the due day and the notes on what is assumed.
 *
 * @param period the key, {@code 2026-H1} or {@code 2026}
 * @param label in German, e.g. "1. Halbjahr 2026"
 * @param measures for a half-year, the measures completed in it; for a year, every funded measure
 * @param referenceVersion the version of {@code reference/invkg-report.json} used
 */
public record InvkgOverview(
        String period,
        String label,
        LocalDate from,
        LocalDate to,
        LocalDate dueOn,
        int referenceVersion,
        String periodSource,
        String completion,
        List<Column> columns,
        List<MeasureLine> measures,
        List<AreaLine> areas,
        List<String> notes) {

    /** What a value is, in every file and in the portal, when the events did not carry it. */
    public static final String NOT_RECORDED = "nicht erfasst";

    /** A column of the overview, from the reference data. */
    public record Column(String key, String label, String source) {}

    /**
     * One measure (a grant of the programme); a value its events did not carry is absent.
     *
     * @param received federal funds paid out to the district on its calls
     * @param disbursed of those, passed on to third parties
     * @param used what the final proof of use recognised
     */
    public record MeasureLine(
            String grantId,
            @Nullable String projectId,
            @Nullable String measure,
            @Nullable String phase,
            @Nullable String fileNumber,
            @Nullable String recipient,
            @Nullable Integer areaNumber,
            @Nullable String area,
            @Nullable BigDecimal eligibleCosts,
            @Nullable BigDecimal federalAmount,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal coFinancing,
            @Nullable LocalDate completedOn,
            @Nullable LocalDate measureEnd,
            BigDecimal received,
            BigDecimal disbursed,
            @Nullable BigDecimal used,
            @Nullable LocalDate proofAcceptedOn,
            String status) {}

    /**
     * The measures of one investment area, summed; {@code incomplete} counts those lacking a value in a sum, so a
     * sum is never taken for complete when it is not.
     */
    public record AreaLine(
            @Nullable Integer number,
            String name,
            int measures,
            BigDecimal eligibleCosts,
            BigDecimal federalAmount,
            BigDecimal coFinancing,
            BigDecimal received,
            BigDecimal used,
            int incomplete) {}
}
