package de.msh.milestones.planning.domain;

import de.msh.events.funding.ProofKind;
import de.msh.events.projects.ProjectPhase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules by which milestones plan themselves (reference data, {@code reference/planning-rules.json}): the gate
 * milestones a project gets on entering a phase, and the funding deadlines with their sources.
 *
 * @param phaseGates the template of gate milestones (an example: the office's text names no intervals)
 * @param spendWithin the window to spend money received (ANBest-P)
 * @param spendWithinMunicipal the window for municipalities (ANBest-Gk)
 * @param proofTitles the milestone title per kind of proof of use
 */
public record PlanningRules(
        List<PhaseGate> phaseGates,
        String phaseGatesSource,
        SpendingWindow spendWithin,
        SpendingWindow spendWithinMunicipal,
        Map<ProofKind, String> proofTitles) {

    public PlanningRules {
        phaseGates = List.copyOf(phaseGates);
        Objects.requireNonNull(phaseGatesSource, "phaseGatesSource");
        Objects.requireNonNull(spendWithin, "spendWithin");
        Objects.requireNonNull(spendWithinMunicipal, "spendWithinMunicipal");
        proofTitles = Map.copyOf(proofTitles);
        for (ProofKind kind : ProofKind.values()) {
            if (!proofTitles.containsKey(kind)) {
                throw new IllegalArgumentException("The planning rules name no title for proofs of kind " + kind);
            }
        }
    }

    /**
     * A gate milestone of the template: planned when a project enters {@code plannedOnEntering}, due {@code
     * daysAfterEntry} later, and reached when the project enters {@code into}.
     */
    public record PhaseGate(
            String key, ProjectPhase plannedOnEntering, ProjectPhase into, String title, int daysAfterEntry) {}

    /** How long money received may wait before it is spent: days, or else months, after it was received. */
    public record SpendingWindow(int days, int months, String title, String source) {

        public LocalDate endFor(LocalDate receivedOn) {
            return receivedOn.plusMonths(months).plusDays(days);
        }
    }

    public List<PhaseGate> gatesPlannedOnEntering(ProjectPhase phase) {
        return phaseGates.stream().filter(g -> g.plannedOnEntering() == phase).toList();
    }

    /** The window for money received by a recipient; municipalities have their own. */
    public SpendingWindow spendingWindow(boolean municipal) {
        return municipal ? spendWithinMunicipal : spendWithin;
    }

    public String proofTitle(ProofKind kind) {
        return proofTitles.get(kind);
    }
}
