package de.msh.projects.project.web;

import de.msh.platform.problem.Problems;
import de.msh.projects.project.application.ProjectNotFound;
import de.msh.projects.project.application.UnknownReference;
import de.msh.projects.project.domain.IndicatorRuleViolated;
import de.msh.projects.project.domain.InvalidIndicator;
import de.msh.projects.project.domain.InvalidPlannedCost;
import de.msh.projects.project.domain.PhaseChangeRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The projects service's own rules as problems: each refused phase change carries the slug of the rule. */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ProjectController.class)
class ProjectProblems {

    @ExceptionHandler(PhaseChangeRefused.class)
    ProblemDetail onRefusedPhaseChange(PhaseChangeRefused refused) {
        return Problems.ruleViolated(refused.rule(), refused.getMessage());
    }

    @ExceptionHandler(InvalidPlannedCost.class)
    ProblemDetail onInvalidPlannedCost(InvalidPlannedCost invalid) {
        return Problems.invalidField(
                "planned-cost-invalid",
                "Kostenplanung ungültig",
                "plannedCost." + invalid.field(),
                invalid.getMessage());
    }

    @ExceptionHandler(IndicatorRuleViolated.class)
    ProblemDetail onIndicatorRule(IndicatorRuleViolated violated) {
        return Problems.ruleViolated(violated.rule(), violated.getMessage());
    }

    @ExceptionHandler(InvalidIndicator.class)
    ProblemDetail onInvalidIndicator(InvalidIndicator invalid) {
        return Problems.invalidField(
                "indicator-invalid", "Indikatorangabe ungültig", invalid.field(), invalid.getMessage());
    }

    @ExceptionHandler(UnknownReference.class)
    ProblemDetail onUnknownReference(UnknownReference unknown) {
        return Problems.invalidField(unknown.rule(), "Unbekannter Verweis", unknown.field(), unknown.getMessage());
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail onNotFound(ProjectNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
