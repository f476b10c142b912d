package de.msh.milestones.evaluation.web;

import de.msh.milestones.evaluation.application.SlippageEvaluation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the slippage evaluation now, besides its daily run; for the steering office and admins. */
@RestController
@RequestMapping("/api/milestones/evaluations")
class EvaluationController {

    private final SlippageEvaluation evaluation;

    EvaluationController(SlippageEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    SlippageEvaluation.Result evaluate() {
        return evaluation.evaluate();
    }
}
