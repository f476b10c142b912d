package de.msh.projects.project.web;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.Problems;
import de.msh.projects.project.application.ProjectNotFound;
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
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.of("planned-cost-invalid"),
                "Kostenplanung ungültig",
                invalid.getMessage());
        problem.setProperty(
                "errors", List.of(Map.of("field", "plannedCost." + invalid.field(), "message", invalid.getMessage())));
        return problem;
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail onNotFound(ProjectNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
