package de.msh.projects.project.domain;

import static de.msh.projects.project.domain.Phase.APPLICATION;
import static de.msh.projects.project.domain.Phase.APPROVED;
import static de.msh.projects.project.domain.Phase.CANCELLED;
import static de.msh.projects.project.domain.Phase.COMPLETED;
import static de.msh.projects.project.domain.Phase.CONCEPT;
import static de.msh.projects.project.domain.Phase.IDEA;
import static de.msh.projects.project.domain.Phase.IMPLEMENTATION;
import static de.msh.projects.project.domain.Phase.ON_HOLD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The phase gates, in one place. The lifecycle runs idea, concept, application, approved, implementation,
 * completed; a rejected or withdrawn application goes back to concept. Every open project may be cancelled or put on
 * hold (both with a reason); a project on hold resumes in the phase it was held in. Completed and cancelled are
 * final. Entering approved needs a granted funding decision, or an admin's override with a reason.
 */
final class PhaseRules {

    private static final Map<Phase, Set<Phase>> FORWARD = Map.of(
            IDEA, EnumSet.of(CONCEPT),
            CONCEPT, EnumSet.of(APPLICATION),
            APPLICATION, EnumSet.of(APPROVED, CONCEPT),
            APPROVED, EnumSet.of(IMPLEMENTATION),
            IMPLEMENTATION, EnumSet.of(COMPLETED));

    private static final Set<Phase> FINAL = EnumSet.of(COMPLETED, CANCELLED);

    private PhaseRules() {}

    /**
     * Throws {@link PhaseChangeRefused} naming the first rule the change breaks.
     *
     * @param heldIn the phase a project on hold was held in; null otherwise
     * @return true when the change passes a gate only by override
     */
    static boolean check(Phase from, @Nullable Phase heldIn, PhaseChange change, boolean fundingGranted) {
        Phase to = change.to();
        if (FINAL.contains(from)) {
            throw refused(PhaseChangeRefused.NOT_ALLOWED, "A " + from + " project cannot change its phase");
        }
        if (to == CANCELLED || to == ON_HOLD) {
            if (to == from) {
                throw refused(PhaseChangeRefused.NOT_ALLOWED, "The project is already " + from);
            }
            requireReason(change);
            return false;
        }
        Phase current = from == ON_HOLD ? heldIn : from;
        if (from == ON_HOLD && to != current) {
            throw refused(PhaseChangeRefused.NOT_ALLOWED, "A project on hold resumes in " + current + ", not " + to);
        }
        if (from != ON_HOLD && !FORWARD.getOrDefault(current, Set.of()).contains(to)) {
            throw refused(
                    PhaseChangeRefused.NOT_ALLOWED,
                    "From " + from + " a project can move to " + FORWARD.getOrDefault(current, Set.of())
                            + ", CANCELLED or ON_HOLD, not " + to);
        }
        if (to == APPROVED && from != ON_HOLD && !fundingGranted) {
            if (!change.overrideGate()) {
                throw refused(
                        PhaseChangeRefused.FUNDING_DECISION_REQUIRED,
                        "Approved needs a granted funding decision, or an admin's override with a reason");
            }
            requireReason(change);
            return true;
        }
        return false;
    }

    private static void requireReason(PhaseChange change) {
        if (change.reason() == null) {
            throw refused(PhaseChangeRefused.REASON_REQUIRED, "Moving a project to " + change.to() + " needs a reason");
        }
    }

    private static PhaseChangeRefused refused(String rule, String message) {
        return new PhaseChangeRefused(rule, message);
    }
}
