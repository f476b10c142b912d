package de.msh.studies.catalogue.application;

import de.msh.studies.catalogue.format.RowError;
import java.util.List;

/** A catalogue with rows that break the rules; none of it was imported. */
public class InvalidCatalogue extends RuntimeException {

    private final List<RowError> errors;

    InvalidCatalogue(List<RowError> errors) {
        super(errors.size() + " problem(s) in the catalogue; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
