package de.msh.reporting.masterplan.domain;

/**
 * The classes of the progress assessment, from the ratio of the observed to the required annual rate of change.
 * The German labels are what people read.
 */
public enum Assessment {
    ON_TRACK("auf Kurs"),
    ACCELERATION_NEEDED("Beschleunigung nötig"),
    LIMITED_PROGRESS("geringer Fortschritt"),
    DETERIORATION("Verschlechterung"),
    NOT_ASSESSABLE("nicht bewertbar");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
