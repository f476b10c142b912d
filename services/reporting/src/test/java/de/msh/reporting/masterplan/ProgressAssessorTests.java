package de.msh.reporting.masterplan;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.projects.ProjectPhase;
import de.msh.reporting.masterplan.domain.Aggregation;
import de.msh.reporting.masterplan.domain.Assessment;
import de.msh.reporting.masterplan.domain.AssessmentMethod;
import de.msh.reporting.masterplan.domain.Direction;
import de.msh.reporting.masterplan.domain.Forecast;
import de.msh.reporting.masterplan.domain.Indicator;
import de.msh.reporting.masterplan.domain.IndicatorProgress;
import de.msh.reporting.masterplan.domain.ProgressAssessor;
import de.msh.reporting.masterplan.domain.ProjectContributions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The progress assessment by hand-worked examples: the ratio of observed to required annual rate, its class by the
 * thresholds, the basis (compound or linear), and the year the trend reaches the target.
 */
class ProgressAssessorTests {

    private static final ProgressAssessor ASSESSOR = new ProgressAssessor(new AssessmentMethod(
            "Verhältnis beobachtete zu erforderlicher Rate",
            "Eurostat",
            new BigDecimal("0.95"),
            new BigDecimal("0.60"),
            2));

    @Test
    void compoundGrowthAboveWhatTheNextTargetNeedsIsOnTrack() {
        // 600 MW at the end of 2021, 690 MW three years later; 750 MW wanted by the end of 2026
        Indicator mw = indicator(
                "ee", Aggregation.SUM, Direction.HIGHER_IS_BETTER, 2021, "600", Map.of(2026, "750", 2038, "1300"));
        IndicatorProgress progress = ASSESSOR.progress(mw, List.of(reported("p1", "ee", "2024-12-31", "90")));

        Forecast forecast = progress.forecast();
        assertThat(progress.value()).isEqualByComparingTo("690");
        assertThat(progress.achieved()).isEqualByComparingTo("90");
        assertThat(forecast.rateBasis()).isEqualTo("CAGR");
        assertThat(forecast.targetYear()).isEqualTo(2026);
        // (690/600)^(1/3) - 1 = 0.047690; (750/600)^(1/5) - 1 = 0.045640
        assertThat(forecast.observedRate()).isEqualByComparingTo("0.047690");
        assertThat(forecast.requiredRate()).isEqualByComparingTo("0.045640");
        assertThat(forecast.ratio()).isEqualByComparingTo("1.0449");
        assertThat(forecast.assessment()).isEqualTo(Assessment.ON_TRACK);
        assertThat(forecast.label()).isEqualTo("auf Kurs");
        // ln(1.25)/ln(1.04769) = 4.79 years after the end of 2021: during 2026; ln(1300/600)/ln(1.04769) = 16.6: 2038
        assertThat(forecast.reachesTargetIn()).isEqualTo(2026);
        assertThat(forecast.reachesFinalTargetIn()).isEqualTo(2038);
        assertThat(forecast.dataPoints()).isEqualTo(2);
    }

    @Test
    void fromABaselineOfZeroTheRateIsLinearAndTheClassFollowsTheThresholds() {
        Indicator jobs = indicator(
                "ee", Aggregation.SUM, Direction.HIGHER_IS_BETTER, 2021, "0", Map.of(2026, "300", 2038, "2500"));

        // 60 jobs in two years: 30 a year where 60 are needed
        Forecast limited = ASSESSOR.progress(jobs, List.of(reported("p1", "ee", "2023-12-31", "60")))
                .forecast();
        Forecast faster = ASSESSOR.progress(jobs, List.of(reported("p1", "ee", "2023-12-31", "90")))
                .forecast();
        Forecast enough = ASSESSOR.progress(jobs, List.of(reported("p1", "ee", "2023-12-31", "114")))
                .forecast();

        assertThat(limited.rateBasis()).isEqualTo("LINEAR");
        assertThat(limited.ratio()).isEqualByComparingTo("0.5");
        assertThat(limited.assessment()).isEqualTo(Assessment.LIMITED_PROGRESS);
        assertThat(limited.reachesTargetIn()).isEqualTo(2031); // 300 / 30 = 10 years after the end of 2021
        assertThat(limited.reachesFinalTargetIn()).isEqualTo(2105);
        // 30 a year from 0 at the end of 2021
        assertThat(limited.trend()).first().isEqualTo(new Forecast.YearValue(2021, new BigDecimal("0.0000")));
        assertThat(limited.trend()).last().isEqualTo(new Forecast.YearValue(2038, new BigDecimal("510.0000")));
        assertThat(faster.ratio()).isEqualByComparingTo("0.75");
        assertThat(faster.assessment()).isEqualTo(Assessment.ACCELERATION_NEEDED);
        assertThat(enough.ratio()).isEqualByComparingTo("0.95");
        assertThat(enough.assessment()).isEqualTo(Assessment.ON_TRACK);
    }

    @Test
    void aValueMovingAwayFromATargetBelowTheBaselineIsADeterioration() {
        Indicator co2 = indicator(
                "co2", Aggregation.LATEST, Direction.LOWER_IS_BETTER, 2019, "1500", Map.of(2026, "1200", 2038, "400"));
        IndicatorProgress progress = ASSESSOR.progress(
                co2, List.of(reported("p1", "co2", "2021-12-31", "1450"), reported("p2", "co2", "2022-12-31", "1600")));

        assertThat(progress.value()).isEqualByComparingTo("1600");
        assertThat(progress.achieved()).isNull();
        assertThat(progress.forecast().ratio()).isNegative();
        assertThat(progress.forecast().assessment()).isEqualTo(Assessment.DETERIORATION);
        assertThat(progress.forecast().reachesTargetIn()).isNull();
        assertThat(progress.series())
                .extracting(p -> p.value().toPlainString())
                .containsExactly("1500", "1450", "1600");
    }

    @Test
    void theBaselineAloneIsNotAssessable() {
        Indicator km = indicator("km", Aggregation.SUM, Direction.HIGHER_IS_BETTER, 2021, "350", Map.of(2038, "460"));
        Forecast forecast = ASSESSOR.progress(km, List.of()).forecast();

        assertThat(forecast.assessment()).isEqualTo(Assessment.NOT_ASSESSABLE);
        assertThat(forecast.label()).isEqualTo("nicht bewertbar");
        assertThat(forecast.ratio()).isNull();
        assertThat(forecast.dataPoints()).isEqualTo(1);
        assertThat(forecast.trend()).isEmpty();
        assertThat(forecast.reason()).contains("weniger als 2 Werte");
    }

    @Test
    void sumsEachProjectsLatestTotalOnEveryReportDayAndPlansOfCommittedProjectsOnly() {
        Indicator km = indicator("km", Aggregation.SUM, Direction.HIGHER_IS_BETTER, 2021, "350", Map.of(2038, "460"));
        ProjectContributions first = new ProjectContributions(
                "p1",
                "mobilitaet-logistik",
                ProjectPhase.IMPLEMENTATION,
                Map.of("km", new BigDecimal("40")),
                Map.of("km", days(Map.of("2023-06-30", "10", "2024-06-30", "25"))));
        ProjectContributions second = new ProjectContributions(
                "p2",
                "mobilitaet-logistik",
                ProjectPhase.APPROVED,
                Map.of("km", new BigDecimal("12.5")),
                Map.of("km", days(Map.of("2024-01-15", "5"))));
        ProjectContributions idea = new ProjectContributions(
                "p3", "mobilitaet-logistik", ProjectPhase.IDEA, Map.of("km", new BigDecimal("100")), Map.of());

        IndicatorProgress progress = ASSESSOR.progress(km, List.of(first, second, idea));

        assertThat(progress.series())
                .extracting(p -> p.on() + "=" + p.value().toPlainString())
                .containsExactly("2021-12-31=350", "2023-06-30=360", "2024-01-15=365", "2024-06-30=380");
        assertThat(progress.achieved()).isEqualByComparingTo("30");
        assertThat(progress.planned()).isEqualByComparingTo("52.5");
        assertThat(progress.valueOn()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(progress.projects()).isEqualTo(3);
        assertThat(progress.forecast().dataPoints()).isEqualTo(4);
    }

    private static Indicator indicator(
            String key,
            Aggregation aggregation,
            Direction direction,
            int baselineYear,
            String baseline,
            Map<Integer, String> targets) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        targets.forEach((year, value) -> values.put(year, new BigDecimal(value)));
        return new Indicator(
                key,
                "energie",
                "Testindikator",
                "MW",
                direction,
                aggregation,
                baselineYear,
                new BigDecimal(baseline),
                values);
    }

    private static ProjectContributions reported(String project, String key, String day, String value) {
        return new ProjectContributions(
                project, "energie", ProjectPhase.IMPLEMENTATION, Map.of(), Map.of(key, days(Map.of(day, value))));
    }

    private static TreeMap<LocalDate, BigDecimal> days(Map<String, String> values) {
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        values.forEach((day, value) -> days.put(LocalDate.parse(day), new BigDecimal(value)));
        return days;
    }
}
