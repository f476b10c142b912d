package de.msh.funding.grant.web;

import de.msh.funding.grant.application.GrantNotFound;
import de.msh.funding.grant.application.UnknownReference;
import de.msh.funding.grant.domain.GrantRuleViolated;
import de.msh.funding.grant.domain.InvalidGrant;
import de.msh.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The funding service's money rules as problems: each names its rule or the field at fault. */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = GrantController.class)
class GrantProblems {

    @ExceptionHandler(GrantRuleViolated.class)
    ProblemDetail onRule(GrantRuleViolated violated) {
        return Problems.ruleViolated(violated.rule(), violated.getMessage());
    }

    @ExceptionHandler(InvalidGrant.class)
    ProblemDetail onInvalid(InvalidGrant invalid) {
        return Problems.invalidField("grant-invalid", "Förderangaben ungültig", invalid.field(), invalid.getMessage());
    }

    @ExceptionHandler(UnknownReference.class)
    ProblemDetail onUnknown(UnknownReference unknown) {
        return Problems.invalidField(unknown.rule(), "Unbekannter Verweis", unknown.field(), unknown.getMessage());
    }

    @ExceptionHandler(GrantNotFound.class)
    ProblemDetail onNotFound(GrantNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
