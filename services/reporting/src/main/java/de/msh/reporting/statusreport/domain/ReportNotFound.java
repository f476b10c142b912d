package de.msh.reporting.statusreport.domain;

public class ReportNotFound extends RuntimeException {

    public ReportNotFound(String id) {
        super("There is no status report " + id);
    }
}
