package de.msh.reporting.statusreport.application;

import de.msh.reporting.space.ViewsAtPositions;
import de.msh.reporting.statusreport.domain.InvalidReport;
import de.msh.reporting.statusreport.domain.ReportFiles;
import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.ReportNotFound;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReport;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReports;
import de.msh.reporting.statusreport.domain.StatusRules;
import de.msh.reporting.statusreport.format.CsvReport;
import de.msh.reporting.statusreport.format.PdfReport;
import de.msh.reporting.statusreport.format.XlsxReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Status reports from draft to published. A draft's figures are computed at the event positions the broker had
 * reached at its instant, never at "whatever the live view holds just now", so {@link #reproduce} can compute them
 * again at the same positions and compare. Its files are written before the report that names them is saved, and the
 * files they replace are removed after, so a report never points at a file that is not there.
 */
@Service
public class StatusReportService {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final StatusReports reports;
    private final ReportFiles files;
    private final StatusReportBuilder builder;
    private final ViewsAtPositions views;
    private final StatusRules rules;
    private final Clock clock;

    StatusReportService(
            StatusReports reports,
            ReportFiles files,
            StatusReportBuilder builder,
            ViewsAtPositions views,
            StatusRules rules,
            Clock clock) {
        this.reports = reports;
        this.files = files;
        this.builder = builder;
        this.views = views;
        this.rules = rules;
        this.clock = clock;
    }

    /** A new draft of the scope as of the instant (now if absent). */
    public StatusReport draft(ReportScope scope, @Nullable Instant asOf, String by) {
        return draft(UUID.randomUUID().toString(), scope, asOf, by);
    }

    /**
     * A new draft under the given id; a second draft under the same id is refused by the store's unique id (for the
     * monthly run, whose id names its month, so two instances draft it once).
     */
    StatusReport draft(String id, ReportScope scope, @Nullable Instant asOf, String by) {
        return draft(id, scope, asOf, by, DraftProgress.NONE);
    }

    /** As {@link #draft(String, ReportScope, Instant, String)}, telling {@code progress} each step. */
    StatusReport draft(String id, ReportScope scope, @Nullable Instant asOf, String by, DraftProgress progress) {
        Instant now = clock.instant();
        Instant at = check(scope, asOf);
        Map<String, Map<Integer, Long>> positions = views.positionsAt(at);
        StatusReportContent content = views.at(
                positions,
                () -> {
                    progress.step(DraftProgress.Step.COMPUTE, 0, 0);
                    return builder.build(scope, at, day(at), rules);
                },
                (done, total) -> progress.step(DraftProgress.Step.REPLAY, done, total));
        StatusReport report = StatusReport.draft(id, at, list(positions), content, by, now);
        report.filed(write(report, progress));
        return reports.insert(report);
    }

    /**
     * Refuses at once what a draft would be refused for: an instant in the future, or for a report under § 8 InvKG a
     * period not yet over. Returns the instant the draft is of.
     */
    Instant check(ReportScope scope, @Nullable Instant asOf) {
        Instant now = clock.instant();
        Instant at = asOf == null ? now : asOf;
        if (at.isAfter(now)) {
            throw new InvalidReport("asOf", "The instant " + at + " lies in the future");
        }
        builder.check(scope, day(at));
        return at;
    }

    boolean exists(String id) {
        return reports.existsById(id);
    }

    /** What the manager writes, on a draft of the given revision; its files are written anew. */
    public StatusReport assess(String id, long revision, @Nullable String assessment, @Nullable String risks) {
        StatusReport report = current(id, revision);
        Map<ReportFormat, String> before = report.files();
        report.assess(assessment, risks);
        report.filed(write(report, DraftProgress.NONE));
        StatusReport saved = reports.save(report);
        before.values().forEach(files::remove);
        return saved;
    }

    public StatusReport publish(String id, long revision, String by) {
        StatusReport report = current(id, revision);
        report.publish(by, clock.instant());
        return reports.save(report);
    }

    public StatusReport get(String id) {
        return reports.findById(id).orElseThrow(() -> new ReportNotFound(id));
    }

    public List<StatusReport> all() {
        return reports.findAllByOrderByCreatedAtDesc();
    }

    /** A file of the report, with the name it is offered under. */
    public ReportFile file(String id, ReportFormat format) {
        StatusReport report = get(id);
        String file = report.files().get(format);
        if (file == null) {
            throw new ReportNotFound(id + " as " + format.suffix());
        }
        byte[] bytes = files.read(file).orElseThrow(() -> new ReportNotFound(id + " as " + format.suffix()));
        return new ReportFile(filename(report, format), bytes);
    }

    public record ReportFile(String filename, byte[] bytes) {}

    /** The figures computed again at the report's positions, beside the stored ones. */
    public Reproduction reproduce(String id) {
        StatusReport report = get(id);
        StatusReportContent again = views.at(
                byTopic(report.positions()),
                () -> builder.build(
                        report.scope(), report.asOf(), report.content().on(), rules));
        return new Reproduction(again.equals(report.content()), report.content(), again);
    }

    /** Whether the figures computed again equal those stored, with both. */
    public record Reproduction(boolean same, StatusReportContent stored, StatusReportContent again) {}

    private StatusReport current(String id, long revision) {
        StatusReport report = get(id);
        if (report.revision() != revision) {
            throw new OptimisticLockingFailureException(
                    "Report " + id + " is at revision " + report.revision() + ", not " + revision);
        }
        return report;
    }

    private Map<ReportFormat, String> write(StatusReport report, DraftProgress progress) {
        Map<ReportFormat, String> written = new EnumMap<>(ReportFormat.class);
        List<ReportFormat> formats = java.util.Arrays.stream(ReportFormat.values())
                .filter(format -> format.of(report.scope()))
                .toList();
        for (ReportFormat format : formats) {
            progress.step(DraftProgress.Step.FILES, written.size(), formats.size());
            byte[] bytes = switch (format) {
                case PDF -> PdfReport.write(report.content(), report.positions(), report.assessment(), report.risks());
                case XLSX ->
                    XlsxReport.write(report.content(), report.positions(), report.assessment(), report.risks());
                default -> CsvReport.write(format, report.content());
            };
            written.put(format, files.store(filename(report, format), format.mediaType(), bytes));
        }
        return written;
    }

    private static String filename(StatusReport report, ReportFormat format) {
        String id = report.id();
        String kind = switch (report.scope().kind()) {
            case INVKG_HALF_YEAR -> "invkg-uebersicht-" + report.scope().key();
            case INVKG_YEAR -> "invkg-jahresbericht-" + report.scope().key();
            default -> "statusbericht";
        };
        return kind + "-" + report.content().on() + "-" + id.substring(0, Math.min(8, id.length())) + "-"
                + format.suffix();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, OFFICE_ZONE);
    }

    private static List<ReportPosition> list(Map<String, Map<Integer, Long>> positions) {
        List<ReportPosition> list = new ArrayList<>();
        positions.forEach((topic, partitions) ->
                partitions.forEach((partition, offset) -> list.add(new ReportPosition(topic, partition, offset))));
        list.sort(Comparator.comparing(ReportPosition::topic).thenComparing(ReportPosition::partition));
        return list;
    }

    private static Map<String, Map<Integer, Long>> byTopic(List<ReportPosition> positions) {
        Map<String, Map<Integer, Long>> byTopic = new HashMap<>();
        positions.forEach(
                p -> byTopic.computeIfAbsent(p.topic(), t -> new HashMap<>()).put(p.partition(), p.offset()));
        return byTopic;
    }
}
