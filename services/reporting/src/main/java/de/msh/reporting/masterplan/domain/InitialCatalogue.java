package de.msh.reporting.masterplan.domain;

/** The catalogue the service starts with when it has none yet: the reference data file. */
public interface InitialCatalogue {

    CatalogueVersion read();
}
