package de.msh.reporting.masterplan.domain;

public class CatalogueVersionNotFound extends RuntimeException {

    public CatalogueVersionNotFound(int version) {
        super("There is no catalogue version " + version);
    }
}
