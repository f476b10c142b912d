package de.msh.studies.study.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.EventCodec;
import de.msh.events.studies.StudyCompleted;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.platform.outbox.OutboxEntry;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A study's own data and status: what is recorded, published and refused. */
class StudyTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final StudyDetails HYDROGEN = new StudyDetails(
            "Machbarkeitsanalyse Wasserstoffnetz",
            StudyKind.FEASIBILITY_ANALYSIS,
            StudyField.ENERGY,
            "Metropolregion Mitteldeutschland",
            null,
            LocalDate.of(2021, 3, 1),
            LocalDate.of(2021, 11, 30),
            null,
            URI.create("https://example.org/studie.pdf"));

    @Test
    void registeringPublishesStudyRegisteredWithTheFieldsId() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.COMMISSIONED, "steering", NOW);

        assertThat(decode(study.pendingEvents().get(0)))
                .isEqualTo(new StudyRegistered(
                        "s-1",
                        "Machbarkeitsanalyse Wasserstoffnetz",
                        de.msh.events.studies.StudyKind.FEASIBILITY_ANALYSIS,
                        "energie"));
        assertThat(study.revision()).isEqualTo(1);
        assertThat(study.history())
                .singleElement()
                .extracting(HistoryEntry::action)
                .isEqualTo("registered");
    }

    @Test
    void completingPublishesStudyCompletedWithTheDay() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.IN_PROGRESS, "steering", NOW);

        study.changeStatus(StudyStatus.COMPLETED, LocalDate.of(2021, 11, 30), "steering", NOW);

        assertThat(study.status()).isEqualTo(StudyStatus.COMPLETED);
        assertThat(decode(study.pendingEvents().get(1)))
                .isEqualTo(new StudyCompleted("s-1", LocalDate.of(2021, 11, 30), "steering"));
        assertThat(study.revision()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"IN_PROGRESS, COMMISSIONED", "COMPLETED, COMPLETED", "COMPLETED, IN_PROGRESS", "ARCHIVED, COMPLETED"})
    void refusesToMoveAStudyBackOrOutOfTheArchive(StudyStatus from, StudyStatus to) {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, from, "steering", NOW);

        assertThatThrownBy(() -> study.changeStatus(to, LocalDate.of(2022, 1, 1), "steering", NOW))
                .isInstanceOf(StudyRuleViolated.class);
        assertThat(study.status()).isEqualTo(from);
        assertThat(study.pendingEvents()).hasSize(1);
    }

    @Test
    void keepsAnArchivedStudyReadOnly() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.ARCHIVED, "steering", NOW);

        assertThatThrownBy(() -> study.update(HYDROGEN, "steering", NOW))
                .isInstanceOfSatisfying(
                        StudyRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(StudyRuleViolated.ARCHIVED));
        assertThatThrownBy(() -> study.addRecommendation("x", "steering", NOW)).isInstanceOf(StudyRuleViolated.class);
    }

    @Test
    void withdrawsAStudyEnteredByMistakeAndKeepsItReadOnly() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.COMPLETED, "steering", NOW);
        study.addRecommendation("A", "steering", NOW);

        assertRule(() -> study.withdraw(" ", "steering", NOW), StudyRuleViolated.WITHDRAWAL_REASON_REQUIRED);
        study.withdraw("Doppelt erfasst", "steering", NOW);

        assertThat(study.status()).isEqualTo(StudyStatus.WITHDRAWN);
        assertThat(decode(study.pendingEvents().get(study.pendingEvents().size() - 1)))
                .isEqualTo(new StudyWithdrawn("s-1", "Doppelt erfasst", "steering"));
        assertRule(() -> study.withdraw("nochmal", "steering", NOW), StudyRuleViolated.STATUS_NOT_ALLOWED);
        assertRule(() -> study.update(HYDROGEN, "steering", NOW), StudyRuleViolated.ARCHIVED);
        assertRule(() -> study.adopt("R-1", "p-1", "steering", NOW), StudyRuleViolated.ARCHIVED);
    }

    @Test
    void keepsAStudyThatProjectsCarryOutAndNeverRegistersOrMovesOneToWithdrawn() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.COMPLETED, "steering", NOW);
        study.addRecommendation("A", "steering", NOW);
        study.adopt("R-1", "p-1", "steering", NOW);

        assertRule(() -> study.withdraw("Fehler", "steering", NOW), StudyRuleViolated.CARRIED_OUT);
        assertRule(
                () -> study.changeStatus(StudyStatus.WITHDRAWN, LocalDate.of(2022, 1, 1), "steering", NOW),
                StudyRuleViolated.STATUS_NOT_ALLOWED);
        assertThatThrownBy(() -> Study.register("s-2", "MRM-08", HYDROGEN, StudyStatus.WITHDRAWN, "steering", NOW))
                .isInstanceOfSatisfying(
                        InvalidStudy.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    private static void assertRule(Runnable change, String rule) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        StudyRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void anUpdateThatChangesNothingCountsNothing() {
        Study study = Study.register("s-1", "MRM-07", HYDROGEN, StudyStatus.COMMISSIONED, "steering", NOW);

        assertThat(study.update(HYDROGEN, "steering", NOW)).isFalse();

        assertThat(study.revision()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "2021-05-01, 2021-04-30, https://example.org/a.pdf, endDate",
        "2014-12-31, , https://example.org/a.pdf, startDate",
        "2021-05-01, 2046-01-01, https://example.org/a.pdf, endDate",
        "2021-05-01, , file:///etc/passwd, documentLink",
        "2021-05-01, , /relative/a.pdf, documentLink"
    })
    void refusesDetailsThatBreakARuleAndNamesTheField(LocalDate start, LocalDate end, String link, String field) {
        assertThatThrownBy(() -> new StudyDetails(
                        "Titel",
                        StudyKind.NEEDS_ASSESSMENT,
                        StudyField.RESOURCES,
                        null,
                        null,
                        start,
                        end,
                        null,
                        URI.create(link)))
                .isInstanceOfSatisfying(
                        InvalidStudy.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static Object decode(OutboxEntry entry) {
        return EventCodec.standard().fromJson(entry.type(), entry.payload()).orElseThrow();
    }
}
