package de.msh.reporting.statusreport.application;

import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReports;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Drafts the portfolio's status report of the month just ended, as of its last instant (Europe/Berlin), on the
 * first of each month ({@code msh.reporting.monthly-report-cron}). The report's id names the month, so a second run
 * or a second instance drafts nothing; a manager assesses and publishes it.
 */
@Service
public class MonthlyReports {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

    private final StatusReportService reports;
    private final StatusReports stored;
    private final Clock clock;

    MonthlyReports(StatusReportService reports, StatusReports stored, Clock clock) {
        this.reports = reports;
        this.stored = stored;
        this.clock = clock;
    }

    @Scheduled(cron = "${msh.reporting.monthly-report-cron:0 0 6 1 * *}", zone = "Europe/Berlin")
    void monthly() {
        YearMonth ended =
                YearMonth.now(clock.withZone(StatusReportService.OFFICE_ZONE)).minusMonths(1);
        draft(ended).ifPresent(id -> log.info("Drafted the portfolio status report of {}: {}", ended, id));
    }

    /** The month's portfolio report, unless it was drafted before; its id if drafted now. */
    public Optional<String> draft(YearMonth month) {
        String id = "monatsbericht-portfolio-" + month;
        if (stored.existsById(id)) {
            return Optional.empty();
        }
        Instant end = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(StatusReportService.OFFICE_ZONE)
                .toInstant()
                .minusMillis(1);
        try {
            return Optional.of(
                    reports.draft(id, ReportScope.portfolio(), end, SYSTEM).id());
        } catch (DuplicateKeyException drafted) {
            return Optional.empty(); // another instance was quicker
        }
    }
}
