package de.msh.milestones.schedule.domain;

import de.msh.platform.rule.InvalidInput;

/** Input for a milestone that breaks a rule of its own (a blank title, an achievement in the future). */
public class InvalidMilestone extends InvalidInput {

    InvalidMilestone(String field, String message) {
        super("milestone-invalid", "Ungültige Angaben zum Meilenstein", field, message);
    }
}
