package de.msh.reporting.statusreport.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a status report covers: the whole portfolio, one strategic field (by its id) or one project (by its id); or
 * it is the Land's report under § 8 InvKG: the overview of the measures completed in a half-year (key
 * {@code 2026-H1}) or the yearly report on the implementation (key {@code 2026}).
 */
public record ReportScope(Kind kind, @Nullable String key) {

    public enum Kind {
        PORTFOLIO,
        FIELD,
        PROJECT,
        INVKG_HALF_YEAR,
        INVKG_YEAR;

        /** Whether it is one of the reports under § 8 InvKG. */
        public boolean invkg() {
            return this == INVKG_HALF_YEAR || this == INVKG_YEAR;
        }
    }

    private static final Pattern HALF_YEAR = Pattern.compile("(20[2-9][0-9])-H([12])");
    private static final Pattern YEAR = Pattern.compile("20[2-9][0-9]");

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
        if (kind == Kind.INVKG_HALF_YEAR
                && !HALF_YEAR.matcher(String.valueOf(key)).matches()) {
            throw new InvalidReport("key", "A half-year is named like 2026-H1 or 2026-H2");
        }
        if (kind == Kind.INVKG_YEAR && !YEAR.matcher(String.valueOf(key)).matches()) {
            throw new InvalidReport("key", "A year is named like 2026");
        }
    }

    /** The year of an InvKG report. */
    public int year() {
        return Integer.parseInt(String.valueOf(key).substring(0, 4));
    }

    /** The half-year (1 or 2) of an InvKG half-year overview. */
    public int half() {
        Matcher matcher = HALF_YEAR.matcher(String.valueOf(key));
        if (!matcher.matches()) {
            throw new IllegalStateException(kind + " has no half-year");
        }
        return Integer.parseInt(matcher.group(2));
    }

    public static ReportScope portfolio() {
        return new ReportScope(Kind.PORTFOLIO, null);
    }
}
