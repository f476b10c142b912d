package de.msh.funding.programme.web;

import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.Programmes;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funding programmes with their periods, federal share and envelopes, the source of every figure, and how much
 * of each envelope approved grants have committed. Every staff role reads.
 */
@RestController
class ProgrammeController {

    private final Programmes programmes;
    private final Envelopes envelopes;

    ProgrammeController(Programmes programmes, Envelopes envelopes) {
        this.programmes = programmes;
        this.envelopes = envelopes;
    }

    @GetMapping("/api/funding/programmes")
    List<ProgrammeResponse> all() {
        return programmes.all().stream()
                .map(programme -> ProgrammeResponse.of(programme, envelopes))
                .toList();
    }
}
