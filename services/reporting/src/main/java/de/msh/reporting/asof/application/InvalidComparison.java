package de.msh.reporting.asof.application;

import de.msh.platform.rule.InvalidInput;

/** A comparison whose second instant is not after its first. */
public class InvalidComparison extends InvalidInput {

    public InvalidComparison() {
        super("comparison-invalid", "Ungültiger Vergleich", "to", "The second instant must lie after the first");
    }
}
