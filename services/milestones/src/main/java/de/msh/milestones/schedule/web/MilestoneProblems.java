package de.msh.milestones.schedule.web;

import de.msh.milestones.schedule.domain.MilestoneNotFound;
import de.msh.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Milestones that do not exist. The schedule's rules and invalid inputs are the platform's rule and input shapes
 * ({@code RuleViolated}, {@code InvalidInput}), answered by its {@code ProblemDetailsAdvice}.
 */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = MilestoneProblems.class)
class MilestoneProblems {

    @ExceptionHandler(MilestoneNotFound.class)
    ProblemDetail onNotFound(MilestoneNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
