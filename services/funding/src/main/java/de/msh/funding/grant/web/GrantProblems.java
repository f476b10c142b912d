package de.msh.funding.grant.web;

import de.msh.funding.grant.application.GrantNotFound;
import de.msh.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A grant that does not exist. The money rules ({@code GrantRuleViolated}, {@code InvalidGrant}, {@code
 * UnknownReference}) are the platform's rule and input shapes, answered by its {@code ProblemDetailsAdvice}.
 */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = GrantController.class)
class GrantProblems {

    @ExceptionHandler(GrantNotFound.class)
    ProblemDetail onNotFound(GrantNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
