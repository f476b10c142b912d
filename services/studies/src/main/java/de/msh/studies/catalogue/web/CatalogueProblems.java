package de.msh.studies.catalogue.web;

import de.msh.platform.problem.ProblemTypes;
import de.msh.platform.problem.Problems;
import de.msh.studies.catalogue.application.InvalidCatalogue;
import de.msh.studies.catalogue.format.RowError;
import de.msh.studies.catalogue.format.UnreadableCatalogue;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A catalogue file that cannot be read (400) or breaks the rules (422), with every problem by row and column. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CatalogueImportController.class)
class CatalogueProblems {

    @ExceptionHandler(UnreadableCatalogue.class)
    ProblemDetail onUnreadable(UnreadableCatalogue unreadable) {
        return withRows(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        ProblemTypes.of("catalogue-unreadable"),
                        "Katalogdatei unlesbar",
                        unreadable.getMessage() + "; nothing was imported"),
                unreadable.errors());
    }

    @ExceptionHandler(InvalidCatalogue.class)
    ProblemDetail onInvalid(InvalidCatalogue invalid) {
        return withRows(
                Problems.of(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        ProblemTypes.of("catalogue-invalid"),
                        "Katalog fehlerhaft",
                        invalid.getMessage()),
                invalid.errors());
    }

    private static ProblemDetail withRows(ProblemDetail problem, List<RowError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
