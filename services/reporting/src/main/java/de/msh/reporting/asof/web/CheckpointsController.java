package de.msh.reporting.asof.web;

import de.msh.reporting.asof.application.Checkpoints;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The checkpoints "as of" answers start from, for staff who want to know how far they reach. */
@RestController
class CheckpointsController {

    private final Checkpoints checkpoints;

    CheckpointsController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** Every checkpoint, the one with the most events first. */
    @GetMapping("/api/reporting/admin/checkpoints")
    List<Checkpoints.Checkpoint> checkpoints() {
        return checkpoints.all().stream()
                .sorted(Comparator.comparingLong(Checkpoints.Checkpoint::events).reversed())
                .toList();
    }
}
