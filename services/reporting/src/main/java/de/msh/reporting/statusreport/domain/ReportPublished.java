package de.msh.reporting.statusreport.domain;

import de.msh.platform.rule.RuleViolated;

/** A published report never changes (409). */
public class ReportPublished extends RuleViolated {

    public ReportPublished(String id) {
        super("report-published", "Report " + id + " is published and never changes");
    }
}
