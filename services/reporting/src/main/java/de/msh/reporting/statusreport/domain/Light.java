package de.msh.reporting.statusreport.domain;

/** The traffic light of a status report, worst last. */
public enum Light {
    GREEN("grün"),
    YELLOW("gelb"),
    RED("rot");

    private final String label;

    Light(String label) {
        this.label = label;
    }

    /** How the report names it (German). */
    public String label() {
        return label;
    }

    public Light worse(Light other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
