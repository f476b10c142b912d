package de.msh.projects.project.application;

/**
 * A project refers to something this service does not know: a study never announced by the studies service, or a
 * strategic field not in the office's reference data. {@link #rule()} is the problem slug, {@link #field()} the
 * input at fault.
 */
public class UnknownReference extends RuntimeException {

    private final String rule;
    private final String field;

    private UnknownReference(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public static UnknownReference study(String studyId) {
        return new UnknownReference(
                "unknown-study",
                "studyId",
                "No study with id " + studyId + " is known; register it in the studies catalogue first");
    }

    public static UnknownReference strategicField(String id) {
        return new UnknownReference(
                "unknown-strategic-field",
                "strategicField",
                "No strategic field with id " + id + "; see /api/projects/strategic-fields");
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
