package de.msh.projects.project.web;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.Problems;
import de.msh.projects.project.application.ProjectNotFound;
import de.msh.projects.project.application.UnknownReference;
import de.msh.projects.project.domain.IndicatorRuleViolated;
import de.msh.projects.project.domain.InvalidIndicator;
import de.msh.projects.project.domain.InvalidPlannedCost;
import de.msh.projects.project.domain.PhaseChangeRefused;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
        ProblemDetail problem = Problems.ruleViolated(refused.rule(), refused.getMessage());
        problem.setProperty("rule", refused.rule());
        return problem;
    }

    @ExceptionHandler(InvalidPlannedCost.class)
    ProblemDetail onInvalidPlannedCost(InvalidPlannedCost invalid) {
        return invalidField(
                "planned-cost-invalid",
                "Kostenplanung ungültig",
                "plannedCost." + invalid.field(),
                invalid.getMessage());
    }

    /** A 422 naming the one input field at fault, in the same {@code errors} shape as a failed bean validation. */
    private static ProblemDetail invalidField(String slug, String title, String field, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of(slug), title, message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    @ExceptionHandler(IndicatorRuleViolated.class)
    ProblemDetail onIndicatorRule(IndicatorRuleViolated violated) {
        ProblemDetail problem = Problems.ruleViolated(violated.rule(), violated.getMessage());
        problem.setProperty("rule", violated.rule());
        return problem;
    }

    @ExceptionHandler(InvalidIndicator.class)
    ProblemDetail onInvalidIndicator(InvalidIndicator invalid) {
        return invalidField("indicator-invalid", "Indikatorangabe ungültig", invalid.field(), invalid.getMessage());
    }

    @ExceptionHandler(UnknownReference.class)
    ProblemDetail onUnknownReference(UnknownReference unknown) {
        return invalidField(unknown.rule(), "Unbekannter Verweis", unknown.field(), unknown.getMessage());
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail onNotFound(ProjectNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
