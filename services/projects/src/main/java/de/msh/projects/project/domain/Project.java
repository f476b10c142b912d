package de.msh.projects.project.domain;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.outbox.OutboxAggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
    private Phase phase;
    private @Nullable Phase heldIn;
    // Set from the funding service's events once its GrantApproved exists (issue 5); until then approval needs an
    // admin's override.
    private boolean fundingGranted;
    private final String registeredBy;
    private final Instant registeredAt;
    private List<HistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    Project(String id, String code, ProjectDetails details, Phase phase, String registeredBy, Instant registeredAt) {
        this.id = id;
        this.code = code;
        this.details = details;
        this.phase = phase;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Registers a new project in the phase the office names (a project may enter the portfolio late). */
    public static Project register(
            ProjectId id, String code, ProjectDetails details, Phase phase, String by, Instant at) {
        Objects.requireNonNull(code, "code");
        Project project = new Project(id.value(), code, details, phase, by, at);
        project.history.add(new HistoryEntry(at, by, "registered", "in " + phase, null));
        project.record(
                new ProjectRegistered(
                        id.value(),
                        code,
                        details.title(),
                        details.strategicField(),
                        details.municipalities(),
                        ProjectPhase.valueOf(phase.name())),
                at);
        return project;
    }

    /**
     * Replaces the descriptive data. Records {@code ProjectUpdated} and a history line naming the changed parts, or
     * nothing at all when the new details equal the old, so saving twice is harmless.
     */
    public boolean update(ProjectDetails newDetails, String by, Instant at) {
        List<String> changed = newDetails.differencesFrom(details);
        if (changed.isEmpty()) {
            return false;
        }
        details = newDetails;
        history.add(new HistoryEntry(at, by, "updated", String.join(", ", changed), null));
        HandlingArea area = newDetails.handlingArea();
        record(
                new ProjectUpdated(
                        id,
                        newDetails.title(),
                        newDetails.strategicField(),
                        area == null ? null : area.name(),
                        newDetails.municipalities(),
                        by),
                at);
        return true;
    }

    /**
     * Moves the project to another phase if {@link PhaseRules} allow it, records who, when and why in its history,
     * and records {@code ProjectPhaseChanged}. Throws {@link PhaseChangeRefused} naming the rule otherwise, and then
     * changes nothing.
     */
    public void changePhase(PhaseChange change, Instant at) {
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
                        id,
                        ProjectPhase.valueOf(from.name()),
                        ProjectPhase.valueOf(change.to().name()),
                        change.by(),
                        change.reason(),
                        overridden),
                at);
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

    public Phase phase() {
        return phase;
    }

    public @Nullable Phase heldIn() {
        return heldIn;
    }

    public boolean fundingGranted() {
        return fundingGranted;
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
