package de.msh.projects.project.web;

import de.msh.projects.project.domain.Phase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * @param revision the project revision the caller saw; if given, a project changed since is refused as stale (409)
 * @param overrideGate only for admins: pass a gate that is not met (the reason is then required)
 */
record ChangePhaseRequest(
        @NotNull Phase to,
        @Nullable @Size(max = 1000) String reason,
        @Nullable Boolean overrideGate,
        @Nullable @PositiveOrZero Long revision) {

    boolean overrides() {
        return Boolean.TRUE.equals(overrideGate);
    }
}
