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
    /** A 409 for a change the rules forbid; the slug is both the type and the {@code rule} property. */
    public static ProblemDetail ruleViolated(String ruleSlug, String detail) {
        ProblemDetail problem = of(HttpStatus.CONFLICT, ProblemTypes.of(ruleSlug), "Regel verletzt", detail);
        problem.setProperty("rule", ruleSlug);
        return problem;
    }

    /**
     * A 422 for input that is well-formed but breaks a rule of the domain, naming the one field at fault in the same
     * {@code errors} shape as a failed bean validation.
     */
    public static ProblemDetail invalidField(String slug, String title, String field, String detail) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of(slug), title, detail);
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", detail)));
        return problem;
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
