package de.msh.projects.project.web;

import de.msh.platform.problem.Problems;
import de.msh.projects.project.application.ProjectNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A project that does not exist. The phase and indicator rules and the invalid inputs are the platform's rule and
 * input shapes ({@code RuleViolated}, {@code InvalidInput}), answered by its {@code ProblemDetailsAdvice}.
 */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ProjectController.class)
class ProjectProblems {

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail onNotFound(ProjectNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
