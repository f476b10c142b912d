package de.msh.studies.study.domain;

/** Where a study stands: beauftragt, in Bearbeitung, abgeschlossen, archiviert. It only ever moves forward. */
public enum StudyStatus {
    COMMISSIONED,
    IN_PROGRESS,
    COMPLETED,
    ARCHIVED
}
