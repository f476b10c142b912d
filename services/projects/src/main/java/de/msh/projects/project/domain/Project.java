package de.msh.projects.project.domain;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
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
    private final String title;
    private final @Nullable String strategicField;
    private final List<String> municipalities;
    private Phase phase;
    private @Nullable Phase heldIn;
    // Set from the funding service's events once its GrantApproved exists (issue 5); until then approval needs an
    // admin's override.
    private boolean fundingGranted;
    private final String registeredBy;
    private final Instant registeredAt;
    private List<HistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    Project(
            String id,
            String code,
            String title,
            @Nullable String strategicField,
            List<String> municipalities,
            Phase phase,
            String registeredBy,
            Instant registeredAt) {
        this.id = id;
        this.code = code;
        this.title = title;
        this.strategicField = strategicField;
        this.municipalities = List.copyOf(municipalities);
        this.phase = phase;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Registers a new project in the phase the office names (a project may enter the portfolio late). */
    public static Project register(
            ProjectId id,
            String code,
            String title,
            @Nullable String strategicField,
            List<String> municipalities,
            Phase phase,
            String by,
            Instant at) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Project project = new Project(id.value(), code, title, strategicField, municipalities, phase, by, at);
        project.history.add(new HistoryEntry(at, by, "registered", "in " + phase, null));
        project.record(
                new ProjectRegistered(
                        id.value(),
                        code,
                        title,
                        strategicField,
                        project.municipalities,
                        ProjectPhase.valueOf(phase.name())),
                at);
        return project;
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

    public String title() {
        return title;
    }

    public @Nullable String strategicField() {
        return strategicField;
    }

    public List<String> municipalities() {
        return municipalities;
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
