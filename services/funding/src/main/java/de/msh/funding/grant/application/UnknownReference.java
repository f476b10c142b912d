package de.msh.funding.grant.application;

/**
 * A grant refers to something this service does not know: a project never announced (or cancelled), or a programme
 * not in the reference data. {@link #rule()} is the problem slug, {@link #field()} the input at fault.
 */
public class UnknownReference extends RuntimeException {

    private final String rule;
    private final String field;

    private UnknownReference(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public static UnknownReference project(String projectId) {
        return new UnknownReference(
                "unknown-project",
                "projectId",
                "No active project with id " + projectId + " is known; it may not exist yet or was cancelled");
    }

    public static UnknownReference programme(String programmeId) {
        return new UnknownReference(
                "unknown-programme",
                "programme",
                "No funding programme " + programmeId + "; see /api/funding/programmes");
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
