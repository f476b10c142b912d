package de.msh.studies.study.domain;

import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.RecommendationRejected;
import de.msh.events.studies.StudyCompleted;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.platform.outbox.OutboxAggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A study of the Metropolregion and what became of its recommendations. Every change counts up the revision, which
 * callers send back so nobody overwrites a change they have not seen; events go out through the outbox.
 */
@Document("studies")
public class Study extends OutboxAggregate {

    @Id
    private final String id;

    private final String catalogueNumber;
    private StudyDetails details;
    private StudyStatus status;
    private List<Recommendation> recommendations = new ArrayList<>();
    private int recommendationsIssued;
    private long revision;
    private final String registeredBy;
    private final Instant registeredAt;
    private List<HistoryEntry> history = new ArrayList<>();

    @PersistenceCreator
    Study(
            String id,
            String catalogueNumber,
            StudyDetails details,
            StudyStatus status,
            String registeredBy,
            Instant registeredAt) {
        this.id = id;
        this.catalogueNumber = catalogueNumber;
        this.details = details;
        this.status = status;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** Enters a study into the catalogue in the status the office names (the catalogue starts long after 2021). */
    public static Study register(
            String id, String catalogueNumber, StudyDetails details, StudyStatus status, String by, Instant at) {
        Objects.requireNonNull(catalogueNumber, "catalogueNumber");
        if (status == StudyStatus.WITHDRAWN) {
            throw new InvalidStudy("status", "A study cannot be registered as withdrawn");
        }
        Study study = new Study(id, catalogueNumber, details, status, by, at);
        study.changed(at, by, "registered", "as " + status, null);
        study.record(
                new StudyRegistered(
                        id,
                        details.title(),
                        de.msh.events.studies.StudyKind.valueOf(details.kind().name()),
                        details.field().id()),
                at);
        return study;
    }

    /** Replaces the details; returns false and changes nothing when they are equal. */
    public boolean update(StudyDetails newDetails, String by, Instant at) {
        StudyRules.requireNotArchived(status);
        if (newDetails.equals(details)) {
            return false;
        }
        details = newDetails;
        changed(at, by, "updated", "details", null);
        return true;
    }

    /** Moves the study forward; completing it records {@code StudyCompleted} with the day of completion. */
    public void changeStatus(StudyStatus to, LocalDate on, String by, Instant at) {
        StudyRules.checkStatus(status, to);
        StudyStatus from = status;
        status = to;
        changed(at, by, "status-changed", from + " -> " + to, null);
        if (to == StudyStatus.COMPLETED) {
            record(new StudyCompleted(id, on, by), at);
        }
    }

    /** Takes a study entered by mistake out of the catalogue; it stays readable, with its history. */
    public void withdraw(@Nullable String reason, String by, Instant at) {
        StudyRules.checkWithdrawal(status, recommendations, reason);
        StudyStatus from = status;
        status = StudyStatus.WITHDRAWN;
        changed(at, by, "withdrawn", from + " -> WITHDRAWN", reason);
        record(new StudyWithdrawn(id, Objects.requireNonNull(reason).strip(), by), at);
    }

    public Recommendation addRecommendation(String text, String by, Instant at) {
        StudyRules.requireNotArchived(status);
        Recommendation recommendation = Recommendation.open("R-" + (++recommendationsIssued), text.strip());
        recommendations.add(recommendation);
        changed(at, by, "recommendation-added", recommendation.id(), null);
        record(new RecommendationAdded(id, recommendation.id(), recommendation.text(), by), at);
        return recommendation;
    }

    /** Links a recommendation to a project that carries it out; the project must be known and not cancelled. */
    public void adopt(String recommendationId, String projectId, String by, Instant at) {
        StudyRules.requireNotArchived(status);
        Recommendation recommendation = recommendation(recommendationId);
        StudyRules.checkAdoption(recommendation, projectId);
        replace(recommendationId, r -> r.adoptedInto(projectId));
        changed(at, by, "recommendation-adopted", recommendationId + " -> project " + projectId, null);
        record(new RecommendationAdopted(id, recommendationId, projectId, by), at);
    }

    public void reject(String recommendationId, @Nullable String reason, String by, Instant at) {
        StudyRules.requireNotArchived(status);
        StudyRules.checkRejection(recommendation(recommendationId), reason);
        String why = Objects.requireNonNull(reason).strip();
        replace(recommendationId, r -> r.rejected(why));
        changed(at, by, "recommendation-rejected", recommendationId, reason);
        record(new RecommendationRejected(id, recommendationId, why, by), at);
    }

    public void realise(String recommendationId, String by, Instant at) {
        StudyRules.requireNotArchived(status);
        Recommendation recommendation = recommendation(recommendationId);
        StudyRules.checkRealisation(recommendation);
        replace(recommendationId, Recommendation::realised);
        changed(at, by, "recommendation-realised", recommendationId, null);
        record(new RecommendationRealised(id, recommendationId, recommendation.projectIds(), by), at);
    }

    /**
     * Ends every link to a cancelled project. Returns false when the study had none, so a redelivered cancellation
     * changes nothing. Archived studies keep the record too: this corrects a fact, it is not an edit.
     */
    public boolean projectCancelled(String projectId, String by, Instant at) {
        boolean linked = false;
        for (Recommendation recommendation : List.copyOf(recommendations)) {
            if (recommendation.projectIds().contains(projectId)) {
                replace(recommendation.id(), r -> r.withoutCancelled(projectId));
                linked = true;
            }
        }
        if (linked) {
            changed(at, by, "project-cancelled", "project " + projectId, null);
        }
        return linked;
    }

    public Recommendation recommendation(String recommendationId) {
        return recommendations.stream()
                .filter(r -> r.id().equals(recommendationId))
                .findFirst()
                .orElseThrow(() -> new RecommendationNotFound(id, recommendationId));
    }

    private void replace(String recommendationId, UnaryOperator<Recommendation> change) {
        recommendations.replaceAll(r -> r.id().equals(recommendationId) ? change.apply(r) : r);
    }

    private void changed(Instant at, String by, String action, String detail, @Nullable String reason) {
        revision++;
        history.add(new HistoryEntry(at, by, action, detail, reason));
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String catalogueNumber() {
        return catalogueNumber;
    }

    public StudyDetails details() {
        return details;
    }

    public StudyStatus status() {
        return status;
    }

    public List<Recommendation> recommendations() {
        return Collections.unmodifiableList(recommendations);
    }

    public Realisation realisation() {
        return Realisation.of(recommendations);
    }

    /** How many changes the study has had; send it back to refuse a change on a stale view. */
    public long revision() {
        return revision;
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
