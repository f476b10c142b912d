package de.msh.studies.study.web;

import de.msh.platform.problem.Problems;
import de.msh.studies.study.application.StudyNotFound;
import de.msh.studies.study.domain.RecommendationNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Studies and recommendations that do not exist. The study rules and invalid inputs are the platform's rule and
 * input shapes ({@code RuleViolated}, {@code InvalidInput}), answered by its {@code ProblemDetailsAdvice}.
 */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = StudyProblems.class)
class StudyProblems {

    @ExceptionHandler({StudyNotFound.class, RecommendationNotFound.class})
    ProblemDetail onNotFound(RuntimeException missing) {
        return Problems.notFound(missing.getMessage());
    }
}
