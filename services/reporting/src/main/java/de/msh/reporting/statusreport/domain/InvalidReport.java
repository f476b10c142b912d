package de.msh.reporting.statusreport.domain;

import de.msh.platform.rule.InvalidInput;

/** A request for a report that cannot be met as asked (422); the field names what to change. */
public class InvalidReport extends InvalidInput {

    public InvalidReport(String field, String message) {
        super("report-invalid", "Bericht so nicht möglich", field, message);
    }
}
