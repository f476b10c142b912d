package de.msh.reporting.rebuild.web;

import de.msh.reporting.rebuild.application.Rebuild;
import de.msh.reporting.rebuild.application.RebuildStatus;
import de.msh.reporting.space.Positions;
import de.msh.reporting.space.ReadModelSpace;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the read models: started by {@code admin} only (the platform's default for writes), watched by staff. */
@RestController
class RebuildController {

    private final Rebuild rebuild;
    private final Positions positions;
    private final ReadModelSpace space;

    RebuildController(Rebuild rebuild, Positions positions, ReadModelSpace space) {
        this.rebuild = rebuild;
        this.positions = positions;
        this.space = space;
    }

    @PostMapping("/api/reporting/admin/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus start(Authentication user) {
        return rebuild.start(user.getName());
    }

    @GetMapping("/api/reporting/admin/rebuild")
    RebuildStatus status() {
        return rebuild.status();
    }

    /** The space that answers now, and the event positions its read models reflect. */
    record ActiveSpace(String space, List<Positions.Position> positions) {}

    @GetMapping("/api/reporting/positions")
    ActiveSpace positions() {
        return new ActiveSpace(space.active(), positions.current());
    }
}
