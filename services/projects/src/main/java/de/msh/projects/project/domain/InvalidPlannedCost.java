package de.msh.projects.project.domain;

import de.msh.platform.rule.InvalidInput;

/** A planned cost that breaks a money rule; {@link #field()} names the part of the input at fault. */
public class InvalidPlannedCost extends InvalidInput {

    InvalidPlannedCost(String field, String message) {
        super("planned-cost-invalid", "Kostenplanung ungültig", field, message);
    }

    /** The domain sees only the planned cost; the client sent it as {@code plannedCost}. */
    @Override
    public String requestField() {
        return "plannedCost." + field();
    }
}
