package de.msh.reporting.masterplan.web;

import de.msh.platform.problem.Problems;
import de.msh.reporting.masterplan.domain.CatalogueVersionNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A catalogue version that does not exist. Invalid edits and stale versions are the platform's input and rule shapes,
 * answered by its {@code ProblemDetailsAdvice}.
 */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = CatalogueProblems.class)
class CatalogueProblems {

    @ExceptionHandler(CatalogueVersionNotFound.class)
    ProblemDetail onNotFound(CatalogueVersionNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
