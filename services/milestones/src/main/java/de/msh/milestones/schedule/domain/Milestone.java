package de.msh.milestones.schedule.domain;

import de.msh.events.milestones.MilestoneKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * One milestone on a project's schedule. Its baseline is the first plan and never moves; re-plans move the forecast
 * and are kept with who, when and why. Changed only through its {@link Schedule}, which checks the rules.
 */
public final class Milestone {

    private final String id;
    private final String title;
    private final MilestoneKind kind;
    private final LocalDate baselineOn;
    private LocalDate forecastOn;
    private @Nullable LocalDate achievedOn;
    private @Nullable String closedReason;
    private List<String> dependsOn;
    private final @Nullable String grantId;
    private final @Nullable String rule;
    private final @Nullable String origin;
    private Finding finding;
    private List<Replan> replans;
    private List<TrendPoint> trend;

    @PersistenceCreator
    Milestone(
            String id,
            String title,
            MilestoneKind kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            @Nullable String closedReason,
            @Nullable List<String> dependsOn,
            @Nullable String grantId,
            @Nullable String rule,
            @Nullable String origin,
            @Nullable Finding finding,
            @Nullable List<Replan> replans,
            @Nullable List<TrendPoint> trend) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.baselineOn = baselineOn;
        this.forecastOn = forecastOn;
        this.achievedOn = achievedOn;
        this.closedReason = closedReason;
        this.dependsOn = dependsOn == null ? new ArrayList<>() : new ArrayList<>(dependsOn);
        this.grantId = grantId;
        this.rule = rule;
        this.origin = origin;
        this.finding = finding == null ? Finding.NONE : finding;
        this.replans = replans == null ? new ArrayList<>() : new ArrayList<>(replans);
        this.trend = trend == null ? new ArrayList<>() : new ArrayList<>(trend);
    }

    static Milestone planned(String id, MilestonePlan plan, LocalDate today) {
        Milestone milestone = new Milestone(
                id,
                plan.title(),
                plan.kind(),
                plan.on(),
                plan.on(),
                null,
                null,
                plan.dependsOn(),
                plan.grantId(),
                plan.rule(),
                plan.origin(),
                Finding.NONE,
                null,
                null);
        milestone.trend.add(new TrendPoint(today, plan.on()));
        return milestone;
    }

    void replan(Replan replan) {
        forecastOn = replan.to();
        // a new forecast is judged afresh: near or past again, it is announced again
        finding = Finding.NONE;
        replans.add(replan);
    }

    void achieve(LocalDate on) {
        achievedOn = on;
    }

    void close(String reason) {
        closedReason = reason;
    }

    void dependOn(List<String> milestoneIds) {
        dependsOn = new ArrayList<>(milestoneIds);
    }

    void found(Finding now) {
        finding = now;
    }

    /** Keeps today's forecast as a point of the trend, at most one per calendar month. */
    boolean keepTrend(LocalDate today) {
        TrendPoint last = trend.isEmpty() ? null : trend.get(trend.size() - 1);
        if (last != null
                && last.reportedOn().getYear() == today.getYear()
                && last.reportedOn().getMonth() == today.getMonth()) {
            if (last.forecastOn().equals(forecastOn)) {
                return false;
            }
            trend.set(trend.size() - 1, new TrendPoint(today, forecastOn));
            return true;
        }
        trend.add(new TrendPoint(today, forecastOn));
        return true;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public MilestoneKind kind() {
        return kind;
    }

    public LocalDate baselineOn() {
        return baselineOn;
    }

    public LocalDate forecastOn() {
        return forecastOn;
    }

    public @Nullable LocalDate achievedOn() {
        return achievedOn;
    }

    public @Nullable String closedReason() {
        return closedReason;
    }

    public List<String> dependsOn() {
        return Collections.unmodifiableList(dependsOn);
    }

    public @Nullable String grantId() {
        return grantId;
    }

    /** The rule that planned it, with its source; null when a person planned it. */
    public @Nullable String rule() {
        return rule;
    }

    /** What planned it automatically (a phase template, a grant's deadline), so that a redelivery plans nothing. */
    public @Nullable String origin() {
        return origin;
    }

    public Finding finding() {
        return finding;
    }

    public List<Replan> replans() {
        return Collections.unmodifiableList(replans);
    }

    public List<TrendPoint> trend() {
        return Collections.unmodifiableList(trend);
    }

    public boolean open() {
        return achievedOn == null && closedReason == null;
    }

    /** The day it was reached, or else its forecast. */
    public LocalDate expectedOn() {
        return achievedOn != null ? achievedOn : forecastOn;
    }

    /** Days behind its baseline (negative: ahead), by the actual date once reached. */
    public long slippageDays() {
        return ChronoUnit.DAYS.between(baselineOn, expectedOn());
    }

    public MilestoneStatus status(LocalDate today, SlippageRules rules) {
        return MilestoneStatus.of(this, today, rules);
    }
}
