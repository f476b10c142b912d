package de.msh.funding.programme.web;

import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funding programmes with their periods, envelopes and federal share, with the source of every figure. */
@RestController
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/api/funding/programmes")
    List<Programme> all() {
        return programmes.all();
    }
}
