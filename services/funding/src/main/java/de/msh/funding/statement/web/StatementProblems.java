package de.msh.funding.statement.web;

import de.msh.funding.statement.application.StatementNotFound;
import de.msh.funding.statement.domain.BookingNotFound;
import de.msh.funding.statement.format.UnreadableStatement;
import de.msh.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A statement refused as a whole names the line or element at fault; nothing of that file is stored. The rules of
 * import and resolution ({@code StatementConflict}, {@code BookingNotOpen}, {@code InvalidResolution}) and the
 * grant's own are the platform's rule and input shapes, answered by its {@code ProblemDetailsAdvice}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = StatementController.class)
class StatementProblems {

    @ExceptionHandler(UnreadableStatement.class)
    ProblemDetail onUnreadable(UnreadableStatement unreadable) {
        ProblemDetail problem = Problems.invalidField(
                "statement-unreadable",
                "Kontoauszug nicht lesbar",
                unreadable.location(),
                unreadable.getMessage() + " (" + unreadable.location() + "); nichts wurde übernommen");
        problem.setProperty("location", unreadable.location());
        return problem;
    }

    @ExceptionHandler({StatementNotFound.class, BookingNotFound.class})
    ProblemDetail onNotFound(RuntimeException missing) {
        return Problems.notFound(missing.getMessage());
    }
}
