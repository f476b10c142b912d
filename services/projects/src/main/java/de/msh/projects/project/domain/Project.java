package de.msh.projects.project.domain;

import static de.msh.projects.project.domain.ProjectEvents.published;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.platform.outbox.OutboxAggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A structural-change project in the steering office's portfolio. Each change is recorded as an event in the same
 * document, so the change and its publication commit together.
 */
@Document("projects")
public class Project extends OutboxAggregate {

    @Id
    private final String id;

    private final String code;
    private ProjectDetails details;
    private ProjectPlan plan;
    private Phase phase;
    private @Nullable Phase heldIn;
    private final String registeredBy;
    private final Instant registeredAt;
    private List<IndicatorReport> indicatorReports = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    Project(
            String id,
            String code,
            ProjectDetails details,
            @Nullable ProjectPlan plan,
            Phase phase,
            String registeredBy,
            Instant registeredAt) {
        this.id = id;
        this.code = code;
        this.details = details;
        this.plan = plan == null ? ProjectPlan.NONE : plan;
        this.phase = phase;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Registers a new project in the phase the office names (a project may enter the portfolio late). */
    public static Project register(
            ProjectId id, String code, ProjectDetails details, ProjectPlan plan, Phase phase, String by, Instant at) {
        Objects.requireNonNull(code, "code");
        Project project = new Project(id.value(), code, details, plan, phase, by, at);
        project.history.add(new HistoryEntry(at, by, "registered", "in " + phase, null));
        project.record(ProjectEvents.registered(id.value(), code, details, plan, phase), at);
        return project;
    }

    /**
     * Replaces the descriptive data and the plan. Records {@code ProjectUpdated} and a history line naming the
     * changed parts, or nothing at all when nothing differs, so saving twice is harmless.
     */
    public boolean update(ProjectDetails newDetails, ProjectPlan newPlan, String by, Instant at) {
        List<String> changed = new ArrayList<>(newDetails.differencesFrom(details));
        changed.addAll(newPlan.differencesFrom(plan));
        if (changed.isEmpty()) {
            return false;
        }
        IndicatorRules.checkPlanChange(newPlan, indicatorReports);
        details = newDetails;
        plan = newPlan;
        history.add(new HistoryEntry(at, by, "updated", String.join(", ", changed), null));
        record(ProjectEvents.updated(id, newDetails, newPlan, by), at);
        return true;
    }

    /**
     * Moves the project to another phase if {@link PhaseRules} allow it, records who, when and why in its history,
     * and records {@code ProjectPhaseChanged} (and {@code ProjectCancelled} when it ends the project). Throws
     * {@link PhaseChangeRefused} naming the rule otherwise, and then changes nothing.
     *
     * @param fundingGranted whether a granted funding decision for this project is known
     */
    public void changePhase(PhaseChange change, boolean fundingGranted, Instant at) {
        boolean overridden = PhaseRules.check(phase, heldIn, change, fundingGranted);
        Phase from = phase;
        heldIn = change.to() == Phase.ON_HOLD ? from : null;
        phase = change.to();
        history.add(new HistoryEntry(
                at,
                change.by(),
                overridden ? "phase-changed-by-override" : "phase-changed",
                from + " -> " + change.to(),
                change.reason()));
        record(
                new ProjectPhaseChanged(
                        id, published(from), published(change.to()), change.by(), change.reason(), overridden),
                at);
        if (change.to() == Phase.CANCELLED) {
            record(new ProjectCancelled(id, published(from), Objects.requireNonNull(change.reason()), change.by()), at);
        }
    }

    /**
     * Records what the project has achieved in total on one of its planned indicators by a day, with the evidence,
     * under {@link IndicatorRules}; records {@code ProjectIndicatorReported}.
     */
    public IndicatorReport reportIndicator(
            String indicator,
            BigDecimal value,
            LocalDate achievedOn,
            String evidence,
            String by,
            Instant at,
            LocalDate today) {
        String unit = IndicatorRules.check(phase, heldIn, plan, indicator, achievedOn, today);
        BigDecimal amount = IndicatorContribution.amount("value", value);
        IndicatorReport report = new IndicatorReport(indicator, unit, amount, achievedOn, evidence.strip(), by, at);
        indicatorReports.add(report);
        history.add(new HistoryEntry(
                at,
                by,
                "indicator-reported",
                indicator + " = " + report.value().toPlainString() + " " + unit + " (" + achievedOn + ")",
                report.evidence()));
        record(
                new ProjectIndicatorReported(id, indicator, unit, report.value(), achievedOn, report.evidence(), by),
                at);
        return report;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public ProjectId id() {
        return new ProjectId(id);
    }

    public String code() {
        return code;
    }

    public ProjectDetails details() {
        return details;
    }

    public ProjectPlan plan() {
        return plan;
    }

    public Phase phase() {
        return phase;
    }

    public @Nullable Phase heldIn() {
        return heldIn;
    }

    /** Every indicator report, oldest first. */
    public List<IndicatorReport> indicatorReports() {
        return Collections.unmodifiableList(indicatorReports);
    }

    /**
     * What the project has achieved on an indicator: its report on the latest day; of two on the same day, the one
     * reported last (a correction).
     */
    public Optional<IndicatorReport> achievement(String indicator) {
        IndicatorReport latest = null;
        for (IndicatorReport report : indicatorReports) {
            if (report.indicator().equals(indicator)
                    && (latest == null || !report.achievedOn().isBefore(latest.achievedOn()))) {
                latest = report;
            }
        }
        return Optional.ofNullable(latest);
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
