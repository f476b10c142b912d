package de.msh.studies.study.domain;

/**
 * Where a study stands: beauftragt, in Bearbeitung, abgeschlossen, archiviert. It only ever moves forward. Withdrawn
 * (zurückgezogen) is the exit for a study entered by mistake; only withdrawing leads there.
 */
public enum StudyStatus {
    COMMISSIONED,
    IN_PROGRESS,
    COMPLETED,
    ARCHIVED,
    WITHDRAWN;

    /** Archived and withdrawn studies are kept as they are. */
    public boolean isFinal() {
        return this == ARCHIVED || this == WITHDRAWN;
    }
}
