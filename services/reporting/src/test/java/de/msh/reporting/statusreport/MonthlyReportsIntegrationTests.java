package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.statusreport.application.MonthlyReports;
import de.msh.reporting.statusreport.domain.StatusReport;
import de.msh.reporting.statusreport.domain.StatusReports;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The month's portfolio report is drafted once, as of the month's last instant, however often the run comes. */
@SpringBootTest
class MonthlyReportsIntegrationTests {

    @Autowired
    MonthlyReports monthly;

    @Autowired
    StatusReports reports;

    @Test
    void draftsTheMonthsPortfolioReportOnceAsOfItsEnd() {
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Berlin")).minusMonths(2);

        var runs = java.util.List.of(
                CompletableFuture.supplyAsync(() -> monthly.draft(month)),
                CompletableFuture.supplyAsync(() -> monthly.draft(month)));
        long drafted = runs.stream()
                .map(CompletableFuture::join)
                .filter(java.util.Optional::isPresent)
                .count();
        var again = monthly.draft(month);

        assertThat(drafted).isEqualTo(1);
        assertThat(again).isEmpty();
        StatusReport report =
                reports.findById("monatsbericht-portfolio-" + month).orElseThrow();
        Instant nextMonth = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneId.of("Europe/Berlin"))
                .toInstant();
        assertThat(report.asOf()).isEqualTo(nextMonth.minusMillis(1));
        assertThat(report.content().on()).isEqualTo(month.atEndOfMonth());
        assertThat(report.createdBy()).isEqualTo("system");
        assertThat(report.state()).isEqualTo(StatusReport.State.DRAFT);
    }
}
