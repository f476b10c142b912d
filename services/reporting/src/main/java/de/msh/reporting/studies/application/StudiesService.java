package de.msh.reporting.studies.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.RecommendationRejected;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.studies.domain.Realisation;
import de.msh.reporting.studies.domain.StudiesView;
import de.msh.reporting.studies.domain.StudyRow;
import de.msh.reporting.studies.domain.StudyRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
public class StudiesService {

    /** The field under which a study is counted whose registration reporting has not seen. */
    public static final String UNKNOWN_FIELD = "unbekannt";

    private final StudyRows rows;
    private final PortfolioService portfolio;

    StudiesService(StudyRows rows, PortfolioService portfolio) {
        this.rows = rows;
        this.portfolio = portfolio;
    }

    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        long seq = envelope.sequence();
        DomainEvent event = envelope.data();
        if (event instanceof StudyRegistered e) {
            return Outcome.of(rows.registered(e.studyId(), seq, e.title(), e.field()));
        }
        if (event instanceof StudyWithdrawn e) {
            return Outcome.of(rows.withdrawn(e.studyId(), seq));
        }
        if (event instanceof RecommendationAdded e) {
            return Outcome.of(rows.recommendation(e.studyId(), seq, e.recommendationId(), "OPEN", List.of()));
        }
        if (event instanceof RecommendationAdopted e) {
            return Outcome.of(
                    rows.recommendation(e.studyId(), seq, e.recommendationId(), "ADOPTED", List.of(e.projectId())));
        }
        if (event instanceof RecommendationRejected e) {
            return Outcome.of(rows.recommendation(e.studyId(), seq, e.recommendationId(), "REJECTED", List.of()));
        }
        if (event instanceof RecommendationRealised e) {
            return Outcome.of(rows.recommendation(e.studyId(), seq, e.recommendationId(), "REALISED", e.projectIds()));
        }
        return Outcome.IGNORED;
    }

    /**
     * The recommendations of every study not withdrawn, in all and per field. An adopted recommendation whose
     * projects were all cancelled is open again, as in the studies service; which projects are cancelled is read
     * from the portfolio at the time of asking, so the order the topics arrive in does not matter.
     */
    public StudiesView view() {
        List<StudyRow> studies =
                rows.all().stream().filter(study -> !study.withdrawn()).toList();
        Set<String> cancelled = portfolio.cancelled(studies.stream()
                .flatMap(study -> study.recommendations().stream())
                .flatMap(r -> r.projectIds().stream())
                .collect(Collectors.toSet()));
        Map<String, List<StudyRow>> byField = studies.stream()
                .collect(Collectors.groupingBy(
                        study -> study.field() == null ? UNKNOWN_FIELD : study.field(),
                        TreeMap::new,
                        Collectors.toList()));
        List<Realisation> fields = new ArrayList<>();
        byField.forEach((field, inField) -> fields.add(realisation(field, inField, cancelled)));
        return new StudiesView(realisation("alle", studies, cancelled), fields);
    }

    private static Realisation realisation(String key, List<StudyRow> studies, Set<String> cancelled) {
        int open = 0;
        int adopted = 0;
        int realised = 0;
        int rejected = 0;
        for (StudyRow study : studies) {
            for (StudyRow.RecommendationRow recommendation : study.recommendations()) {
                switch (recommendation.status()) {
                    case "REALISED" -> realised++;
                    case "REJECTED" -> rejected++;
                    case "ADOPTED" -> {
                        if (cancelled.containsAll(recommendation.projectIds())) {
                            open++;
                        } else {
                            adopted++;
                        }
                    }
                    default -> open++;
                }
            }
        }
        return Realisation.of(key, studies.size(), open, adopted, realised, rejected);
    }
}
