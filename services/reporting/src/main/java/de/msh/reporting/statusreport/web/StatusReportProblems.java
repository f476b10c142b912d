package de.msh.reporting.statusreport.web;

import de.msh.platform.problem.Problems;
import de.msh.reporting.statusreport.domain.ReportNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Reports that do not exist; invalid requests and published reports are the platform's input and rule shapes. */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = StatusReportProblems.class)
class StatusReportProblems {

    @ExceptionHandler(ReportNotFound.class)
    ProblemDetail onNotFound(ReportNotFound missing) {
        return Problems.notFound(missing.getMessage());
    }
}
