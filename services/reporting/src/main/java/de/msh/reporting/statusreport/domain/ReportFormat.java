package de.msh.reporting.statusreport.domain;

/**
 * The files of a report; one CSV per view, since a CSV file holds one table. The measures under § 8 InvKG are
 * written only for a report under § 8 InvKG.
 */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV_PROJECTS("projekte.csv", "text/csv; charset=UTF-8"),
    CSV_MILESTONES("meilensteine.csv", "text/csv; charset=UTF-8"),
    CSV_INDICATORS("indikatoren.csv", "text/csv; charset=UTF-8"),
    CSV_MEASURES("massnahmen.csv", "text/csv; charset=UTF-8");

    private final String suffix;
    private final String mediaType;

    ReportFormat(String suffix, String mediaType) {
        this.suffix = suffix;
        this.mediaType = mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a report of this scope has this file. */
    public boolean of(ReportScope scope) {
        return this != CSV_MEASURES || scope.kind().invkg();
    }
}
