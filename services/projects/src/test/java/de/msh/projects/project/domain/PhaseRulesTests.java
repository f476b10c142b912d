package de.msh.projects.project.domain;

import static de.msh.projects.project.domain.Phase.APPLICATION;
import static de.msh.projects.project.domain.Phase.APPROVED;
import static de.msh.projects.project.domain.Phase.CANCELLED;
import static de.msh.projects.project.domain.Phase.CONCEPT;
import static de.msh.projects.project.domain.Phase.IMPLEMENTATION;
import static de.msh.projects.project.domain.Phase.ON_HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.EventCodec;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.platform.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Given a project in a phase, when a change is asked for, then its phase, history and outbox are as the rules say. */
class PhaseRulesTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "IDEA, CONCEPT",
        "CONCEPT, APPLICATION",
        "APPLICATION, CONCEPT",
        "APPROVED, IMPLEMENTATION",
        "IMPLEMENTATION, COMPLETED"
    })
    void movesAlongTheLifecycleAndRecordsTheChange(Phase from, Phase to) {
        Project project = projectIn(from);
        int eventsBefore = project.pendingEvents().size();

        project.changePhase(new PhaseChange(to, "steering", null, false), false, NOW);

        assertThat(project.phase()).isEqualTo(to);
        assertThat(project.pendingEvents()).hasSize(eventsBefore + 1);
        assertThat(lastEvent(project))
                .isEqualTo(new ProjectPhaseChanged(
                        project.aggregateId(), published(from), published(to), "steering", null, false));
        assertThat(project.history().get(project.history().size() - 1))
                .isEqualTo(new HistoryEntry(NOW, "steering", "phase-changed", from + " -> " + to, null));
    }

    @ParameterizedTest
    @CsvSource({
        "IDEA, APPLICATION",
        "IDEA, APPROVED",
        "IDEA, IDEA",
        "CONCEPT, IMPLEMENTATION",
        "CONCEPT, IDEA",
        "APPROVED, APPLICATION",
        "IMPLEMENTATION, APPROVED",
        "APPROVED, COMPLETED"
    })
    void refusesSkippingOrGoingBackAndChangesNothing(Phase from, Phase to) {
        Project project = projectIn(from);

        assertRefused(project, new PhaseChange(to, "steering", "weil", true), PhaseChangeRefused.NOT_ALLOWED);
        assertThat(project.phase()).isEqualTo(from);
    }

    @Test
    void refusesApprovalWithoutAKnownFundingDecision() {
        Project project = projectIn(APPLICATION);

        assertRefused(
                project,
                new PhaseChange(APPROVED, "steering", "Bescheid kommt", false),
                PhaseChangeRefused.FUNDING_DECISION_REQUIRED);
    }

    @Test
    void approvesWithoutOverrideOnceAFundingDecisionIsKnown() {
        Project project = projectIn(APPLICATION);

        project.changePhase(new PhaseChange(APPROVED, "steering", null, false), true, NOW);

        assertThat(project.phase()).isEqualTo(APPROVED);
        assertThat(lastEvent(project).gateOverridden()).isFalse();
    }

    @Test
    void cancellingAlsoRecordsProjectCancelledWithPhaseAndReason() {
        Project project = projectIn(CONCEPT);
        long before = project.eventSequence();

        project.changePhase(new PhaseChange(CANCELLED, "steering", "Träger zieht zurück", false), false, NOW);

        OutboxEntry cancelled =
                project.pendingEvents().get(project.pendingEvents().size() - 1);
        assertThat(cancelled.sequence()).isEqualTo(before + 2).isEqualTo(project.eventSequence());
        assertThat(EventCodec.standard().fromJson(cancelled.type(), cancelled.payload()))
                .contains(new ProjectCancelled(
                        project.aggregateId(), ProjectPhase.CONCEPT, "Träger zieht zurück", "steering"));
    }

    @Test
    void refusesAnOverrideWithoutAReason() {
        Project project = projectIn(APPLICATION);

        assertRefused(project, new PhaseChange(APPROVED, "admin", "  ", true), PhaseChangeRefused.REASON_REQUIRED);
    }

    @Test
    void approvesByOverrideWithAReasonAndSaysSo() {
        Project project = projectIn(APPLICATION);

        project.changePhase(new PhaseChange(APPROVED, "admin", "Bescheid liegt schriftlich vor", true), false, NOW);

        assertThat(project.phase()).isEqualTo(APPROVED);
        assertThat(lastEvent(project).gateOverridden()).isTrue();
        assertThat(lastEvent(project).reason()).isEqualTo("Bescheid liegt schriftlich vor");
        assertThat(project.history().get(project.history().size() - 1).action()).isEqualTo("phase-changed-by-override");
    }

    @ParameterizedTest
    @CsvSource({"IDEA, CANCELLED", "IMPLEMENTATION, CANCELLED", "CONCEPT, ON_HOLD", "APPROVED, ON_HOLD"})
    void needsAReasonToCancelOrHold(Phase from, Phase exit) {
        Project project = projectIn(from);
        assertRefused(project, new PhaseChange(exit, "steering", null, false), PhaseChangeRefused.REASON_REQUIRED);

        project.changePhase(new PhaseChange(exit, "steering", "Träger zieht zurück", false), false, NOW);

        assertThat(project.phase()).isEqualTo(exit);
        assertThat(lastEvent(project).reason()).isEqualTo("Träger zieht zurück");
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED, CANCELLED", "COMPLETED, IMPLEMENTATION", "CANCELLED, IDEA", "CANCELLED, ON_HOLD"})
    void keepsCompletedAndCancelledProjectsFinal(Phase finalPhase, Phase to) {
        Project project = projectIn(finalPhase);

        assertRefused(project, new PhaseChange(to, "admin", "doch nicht", true), PhaseChangeRefused.NOT_ALLOWED);
    }

    @Test
    void resumesAProjectOnHoldOnlyInThePhaseItWasHeldIn() {
        Project project = projectIn(APPROVED);
        project.changePhase(new PhaseChange(ON_HOLD, "steering", "Haushaltssperre", false), false, NOW);

        assertRefused(
                project, new PhaseChange(IMPLEMENTATION, "steering", null, false), PhaseChangeRefused.NOT_ALLOWED);
        assertRefused(project, new PhaseChange(ON_HOLD, "steering", "nochmal", false), PhaseChangeRefused.NOT_ALLOWED);
        project.changePhase(new PhaseChange(APPROVED, "steering", "Sperre aufgehoben", false), false, NOW);

        assertThat(project.phase()).isEqualTo(APPROVED);
        assertThat(project.heldIn()).isNull();
        assertThat(lastEvent(project).gateOverridden()).isFalse();
    }

    @Test
    void cancelsAProjectOnHold() {
        Project project = projectIn(ON_HOLD);

        project.changePhase(new PhaseChange(CANCELLED, "steering", "Förderung versagt", false), false, NOW);

        assertThat(project.phase()).isEqualTo(CANCELLED);
    }

    private static void assertRefused(Project project, PhaseChange change, String rule) {
        Phase before = project.phase();
        List<OutboxEntry> eventsBefore = List.copyOf(project.pendingEvents());
        int historyBefore = project.history().size();

        assertThatThrownBy(() -> project.changePhase(change, false, NOW))
                .isInstanceOfSatisfying(
                        PhaseChangeRefused.class, e -> assertThat(e.rule()).isEqualTo(rule));
        assertThat(project.phase()).isEqualTo(before);
        assertThat(project.pendingEvents()).isEqualTo(eventsBefore);
        assertThat(project.history()).hasSize(historyBefore);
    }

    static Project projectIn(Phase target) {
        return ProjectFixtures.projectIn(target, ProjectPlan.NONE);
    }

    /** The last phase change recorded; a cancellation records {@code ProjectCancelled} right after it. */
    private static ProjectPhaseChanged lastEvent(Project project) {
        List<OutboxEntry> pending = project.pendingEvents();
        int index = pending.size() - 1;
        if (project.phase() == CANCELLED) {
            assertThat(pending.get(index).type()).isEqualTo("msh.projects.ProjectCancelled.v1");
            index--;
        }
        OutboxEntry last = pending.get(index);
        return (ProjectPhaseChanged)
                EventCodec.standard().fromJson(last.type(), last.payload()).orElseThrow();
    }

    private static ProjectPhase published(Phase phase) {
        return ProjectPhase.valueOf(phase.name());
    }
}
