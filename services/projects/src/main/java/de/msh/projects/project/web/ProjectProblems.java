package de.msh.projects.project.web;

import de.msh.platform.problem.Problems;
import de.msh.projects.project.application.ProjectNotFound;
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
        ProblemDetail problem = Problems.ruleViolated(refused.rule(), refused.getMessage());
        problem.setProperty("rule", refused.rule());
        return problem;
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail onNotFound(ProjectNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
