package de.msh.funding.grant.application;

import de.msh.platform.rule.InvalidInput;

/**
 * A grant refers to something this service does not know: a project never announced (or cancelled), or a programme
 * not in the reference data. {@link #problem()} is the problem slug, {@link #field()} the input at fault.
 */
public class UnknownReference extends InvalidInput {

    private UnknownReference(String problem, String field, String message) {
        super(problem, "Unbekannter Verweis", field, message);
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
}
