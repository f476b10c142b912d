package de.msh.studies.catalogue.format;

import java.util.List;

/** A catalogue file that cannot even be read into rows: broken quoting, wrong columns, not JSON, too large. */
public class UnreadableCatalogue extends RuntimeException {

    private final List<RowError> errors;

    public UnreadableCatalogue(List<RowError> errors) {
        super(errors.size() + " problem(s) in the catalogue file");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
