package de.msh.reporting.statusreport.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a status report covers: the whole portfolio, one strategic field (by its id) or one project (by its id).
 */
public record ReportScope(Kind kind, @Nullable String key) {

    public enum Kind {
        PORTFOLIO,
        FIELD,
        PROJECT
    }

    public ReportScope {
        if ((kind == Kind.PORTFOLIO) != (key == null || key.isBlank())) {
            throw new InvalidReport(
                    "key",
                    kind == Kind.PORTFOLIO
                            ? "A portfolio report names no field or project"
                            : "A report on a field or a project names it");
        }
        if (key != null && key.length() > 60) {
            throw new InvalidReport("key", "A field or project id has at most 60 characters");
        }
    }

    public static ReportScope portfolio() {
        return new ReportScope(Kind.PORTFOLIO, null);
    }
}
