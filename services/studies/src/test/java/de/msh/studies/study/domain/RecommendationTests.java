package de.msh.studies.study.domain;

import static de.msh.studies.study.domain.StudyTests.HYDROGEN;
import static de.msh.studies.study.domain.StudyTests.NOW;
import static de.msh.studies.study.domain.StudyTests.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.RecommendationRejected;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle of a study's recommendations and the realisation rate derived from it. */
class RecommendationTests {

    @Test
    void numbersRecommendationsAndAdoptsThemIntoProjects() {
        Study study = completedStudy();
        study.addRecommendation("Wasserstoffnetz im Südharz aufbauen", "steering", NOW);
        study.addRecommendation("Elektrolyseur am Standort prüfen", "steering", NOW);
        assertThat(decode(last(study)))
                .isEqualTo(new RecommendationAdded(study.id(), "R-2", "Elektrolyseur am Standort prüfen", "steering"));

        study.adopt("R-2", "p-1", "steering", NOW);
        study.adopt("R-2", "p-2", "steering", NOW);

        assertThat(study.recommendations()).extracting(Recommendation::id).containsExactly("R-1", "R-2");
        assertThat(study.recommendation("R-2").status()).isEqualTo(RecommendationStatus.ADOPTED);
        assertThat(study.recommendation("R-2").projectIds()).containsExactly("p-1", "p-2");
        assertThat(decode(last(study))).isEqualTo(new RecommendationAdopted(study.id(), "R-2", "p-2", "steering"));
    }

    @Test
    void refusesAdoptingIntoTheSameProjectTwiceAndRulesOutOfOrder() {
        Study study = completedStudy();
        study.addRecommendation("A", "steering", NOW);
        study.addRecommendation("B", "steering", NOW);
        study.adopt("R-1", "p-1", "steering", NOW);
        int events = study.pendingEvents().size();

        assertRule(() -> study.adopt("R-1", "p-1", "steering", NOW), StudyRuleViolated.ALREADY_ADOPTED);
        assertRule(
                () -> study.reject("R-1", "passt nicht", "steering", NOW),
                StudyRuleViolated.RECOMMENDATION_NOT_ALLOWED);
        assertRule(() -> study.realise("R-2", "steering", NOW), StudyRuleViolated.RECOMMENDATION_NOT_ALLOWED);
        assertRule(() -> study.reject("R-2", " ", "steering", NOW), StudyRuleViolated.REASON_REQUIRED);
        assertThatThrownBy(() -> study.adopt("R-9", "p-1", "steering", NOW)).isInstanceOf(RecommendationNotFound.class);

        assertThat(study.pendingEvents()).hasSize(events);
        study.reject("R-2", " Kein Träger ", "steering", NOW);
        assertThat(decode(last(study)))
                .isEqualTo(new RecommendationRejected(study.id(), "R-2", "Kein Träger", "steering"));
        assertRule(() -> study.adopt("R-2", "p-3", "steering", NOW), StudyRuleViolated.RECOMMENDATION_NOT_ALLOWED);
    }

    @Test
    void realisingPublishesTheProjectsThatCarriedItOut() {
        Study study = completedStudy();
        study.addRecommendation("A", "steering", NOW);
        study.adopt("R-1", "p-1", "steering", NOW);

        study.realise("R-1", "steering", NOW);

        assertThat(decode(last(study)))
                .isEqualTo(new RecommendationRealised(study.id(), "R-1", List.of("p-1"), "steering"));
    }

    @Test
    void aCancelledProjectEndsItsLinksAndReopensWhatNobodyCarriesAnyMore() {
        Study study = completedStudy();
        study.addRecommendation("A", "steering", NOW);
        study.addRecommendation("B", "steering", NOW);
        study.addRecommendation("C", "steering", NOW);
        study.adopt("R-1", "p-1", "steering", NOW);
        study.adopt("R-2", "p-1", "steering", NOW);
        study.adopt("R-2", "p-2", "steering", NOW);
        study.adopt("R-3", "p-1", "steering", NOW);
        study.realise("R-3", "steering", NOW);
        long revision = study.revision();

        assertThat(study.projectCancelled("p-1", "projects", NOW)).isTrue();
        assertThat(study.projectCancelled("p-1", "projects", NOW)).isFalse();

        assertThat(study.recommendation("R-1").status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(study.recommendation("R-1").cancelledProjectIds()).containsExactly("p-1");
        assertThat(study.recommendation("R-2").status()).isEqualTo(RecommendationStatus.ADOPTED);
        assertThat(study.recommendation("R-2").projectIds()).containsExactly("p-2");
        assertThat(study.recommendation("R-3").status()).isEqualTo(RecommendationStatus.REALISED);
        assertThat(study.revision()).isEqualTo(revision + 1);
    }

    @Test
    void theRealisationRateLeavesRejectedRecommendationsOut() {
        Study study = completedStudy();
        assertThat(study.realisation().rate()).isNull();
        for (String text : List.of("A", "B", "C", "D")) {
            study.addRecommendation(text, "steering", NOW);
        }
        study.adopt("R-1", "p-1", "steering", NOW);
        study.realise("R-1", "steering", NOW);
        study.adopt("R-2", "p-1", "steering", NOW);
        study.reject("R-3", "Nicht finanzierbar", "steering", NOW);

        Realisation realisation = study.realisation();

        assertThat(realisation.byStatus())
                .containsAllEntriesOf(Map.of(
                        RecommendationStatus.OPEN, 1,
                        RecommendationStatus.ADOPTED, 1,
                        RecommendationStatus.REJECTED, 1,
                        RecommendationStatus.REALISED, 1));
        assertThat(realisation.rate()).isEqualTo(new BigDecimal("0.3333"));
    }

    private static Study completedStudy() {
        return Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.COMPLETED, "steering", NOW);
    }

    private static de.msh.platform.outbox.OutboxEntry last(Study study) {
        return study.pendingEvents().get(study.pendingEvents().size() - 1);
    }

    private static void assertRule(Runnable change, String rule) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        StudyRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
