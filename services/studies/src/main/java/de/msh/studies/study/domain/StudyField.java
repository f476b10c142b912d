package de.msh.studies.study.domain;

/**
 * The five fields in which the Metropolregion Mitteldeutschland initiated its studies by the end of 2021. Unlike the
 * district's strategic fields these are a closed, historical list, fixed by the studies themselves.
 */
public enum StudyField {
    /** Wertschöpfung und Innovation */
    VALUE_CREATION_INNOVATION("wertschoepfung-innovation"),
    /** Ressourcen */
    RESOURCES("ressourcen"),
    /** Energie */
    ENERGY("energie"),
    /** Mobilität und Logistik */
    MOBILITY_LOGISTICS("mobilitaet-logistik"),
    /** Tourismus und Kultur */
    TOURISM_CULTURE("tourismus-kultur");

    private final String id;

    StudyField(String id) {
        this.id = id;
    }

    /** The id other contexts see in events. */
    public String id() {
        return id;
    }
}
