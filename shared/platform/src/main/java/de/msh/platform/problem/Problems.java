package de.msh.platform.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem details the same way everywhere; titles are German because people read them. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** A refused business rule: 409, with the rule's own type so clients can tell rules apart. */
    public static ProblemDetail ruleViolated(String ruleSlug, String detail) {
        return of(HttpStatus.CONFLICT, ProblemTypes.of(ruleSlug), "Regel verletzt", detail);
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Nicht gefunden", detail);
    }

    public static ProblemDetail forbidden() {
        return of(
                HttpStatus.FORBIDDEN,
                ProblemTypes.FORBIDDEN,
                "Keine Berechtigung",
                "Your role does not allow this action");
    }
}
