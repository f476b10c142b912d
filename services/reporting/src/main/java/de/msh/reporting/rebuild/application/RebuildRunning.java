package de.msh.reporting.rebuild.application;

import de.msh.platform.rule.RuleViolated;

/** A rebuild was asked for while one runs: one at a time. */
public class RebuildRunning extends RuleViolated {

    public RebuildRunning(String startedBy) {
        super("rebuild-running", "A rebuild started by " + startedBy + " is running; wait for it to finish");
    }
}
