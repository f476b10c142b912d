package de.msh.milestones.schedule.application;

import de.msh.events.milestones.MilestoneKind;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who changes milestones, and the role rule: the steering office and admins change every milestone; finance only
 * funding deadlines (proofs of use, spending windows), which are theirs to keep.
 *
 * @param roles the user's roles, without prefix ({@code steering}, {@code finance}, …)
 */
public record Writer(String name, Set<String> roles) {

    public Writer {
        roles = Set.copyOf(roles);
    }

    void mayWrite(MilestoneKind kind) {
        if (roles.contains("steering") || roles.contains("admin")) {
            return;
        }
        if (roles.contains("finance") && kind == MilestoneKind.FUNDING_DEADLINE) {
            return;
        }
        throw new AccessDeniedException(name + " may not change milestones of kind " + kind);
    }
}
