package de.msh.projects.project.application;

import de.msh.platform.rule.InvalidInput;

/**
 * A project refers to something this service does not know: a study never announced by the studies service, or a
 * strategic field not in the office's reference data. {@link #problem()} is the problem slug, {@link #field()} the
 * input at fault.
 */
public class UnknownReference extends InvalidInput {

    private UnknownReference(String problem, String field, String message) {
        super(problem, "Unbekannter Verweis", field, message);
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
}
