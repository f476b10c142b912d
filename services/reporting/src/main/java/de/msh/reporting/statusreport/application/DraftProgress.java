package de.msh.reporting.statusreport.application;

/** Told by a draft as it goes: its step, and how far into it (both zero where a step is not counted). */
@FunctionalInterface
public interface DraftProgress {

    DraftProgress NONE = (step, done, total) -> {};

    void step(Step step, long done, long total);

    /** The steps of a draft, in order, with the words the portal shows. */
    enum Step {
        QUEUED("Wartet, bis ein anderer Bericht fertig ist"),
        REPLAY("Ereignisse bis zum Stichtag einlesen"),
        COMPUTE("Zahlen berechnen"),
        FILES("Dateien schreiben"),
        DONE("Fertig");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
