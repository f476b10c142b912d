package de.msh.reporting.statusreport.format;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the files write into a cell, in German, and how text is kept from becoming a formula. */
final class Cells {

    static final Map<String, String> PHASES = Map.of(
            "IDEA", "Idee",
            "CONCEPT", "Konzept",
            "APPLICATION", "Antrag",
            "APPROVED", "Bewilligt",
            "IMPLEMENTATION", "Umsetzung",
            "COMPLETED", "Abgeschlossen",
            "CANCELLED", "Abgebrochen",
            "ON_HOLD", "Zurückgestellt");

    static final Map<String, String> KINDS = Map.of(
            "PHASE_GATE", "Phasentor",
            "DELIVERABLE", "Ergebnis",
            "FUNDING_DEADLINE", "Förderfrist",
            "REPORTING_DATE", "Berichtstermin",
            "EVENT", "Veranstaltung");

    private Cells() {}

    /**
     * Text as it may stand in a cell: a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
     * would let a spreadsheet read it as a formula (OWASP "CSV injection"), so such text gets a leading apostrophe.
     */
    static String text(@Nullable String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String phase(@Nullable String phase) {
        return phase == null ? "" : PHASES.getOrDefault(phase, phase);
    }

    static String kind(String kind) {
        return KINDS.getOrDefault(kind, kind);
    }
}
