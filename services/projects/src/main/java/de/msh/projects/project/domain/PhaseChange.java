package de.msh.projects.project.domain;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a project to another phase.
 *
 * @param to the phase to enter
 * @param by the user name of who moves it
 * @param reason why; required for the exits (cancelled, on hold) and for a gate override
 * @param overrideGate true when an admin moves it past a gate that is not met; the caller has checked the role
 */
public record PhaseChange(Phase to, String by, @Nullable String reason, boolean overrideGate) {

    public PhaseChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
