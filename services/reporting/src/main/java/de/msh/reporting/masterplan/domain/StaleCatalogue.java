package de.msh.reporting.masterplan.domain;

import de.msh.platform.rule.RuleViolated;

/** An edit made against a version that is no longer the latest: someone else edited the catalogue meanwhile. */
public class StaleCatalogue extends RuleViolated {

    public StaleCatalogue(int basedOn, int latest) {
        super(
                "catalogue-version-stale",
                "The edit is based on version " + basedOn + ", but the catalogue is at version " + latest
                        + "; reload it and edit again");
    }
}
