package de.msh.studies.study.web;

import de.msh.platform.problem.Problems;
import de.msh.studies.study.application.StudyNotFound;
import de.msh.studies.study.application.UnknownProject;
import de.msh.studies.study.domain.InvalidStudy;
import de.msh.studies.study.domain.RecommendationNotFound;
import de.msh.studies.study.domain.StudyRuleViolated;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The studies service's own rules as problems; each refused change carries the slug of its rule. */
// Before the platform's catch-all advice, which would otherwise answer these with 500.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackageClasses = StudyProblems.class)
class StudyProblems {

    @ExceptionHandler(StudyRuleViolated.class)
    ProblemDetail onRule(StudyRuleViolated violated) {
        return Problems.ruleViolated(violated.rule(), violated.getMessage());
    }

    @ExceptionHandler(InvalidStudy.class)
    ProblemDetail onInvalid(InvalidStudy invalid) {
        return Problems.invalidField("study-invalid", "Studienangaben ungültig", invalid.field(), invalid.getMessage());
    }

    @ExceptionHandler(UnknownProject.class)
    ProblemDetail onUnknownProject(UnknownProject unknown) {
        return Problems.invalidField("unknown-project", "Projekt unbekannt", "projectId", unknown.getMessage());
    }

    @ExceptionHandler({StudyNotFound.class, RecommendationNotFound.class})
    ProblemDetail onNotFound(RuntimeException missing) {
        return Problems.notFound(missing.getMessage());
    }
}
