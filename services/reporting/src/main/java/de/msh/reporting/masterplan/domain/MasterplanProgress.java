package de.msh.reporting.masterplan.domain;

import java.util.List;

/**
 * The progress of every indicator of one catalogue version, by strategic field.
 *
 * @param source where the catalogue's values come from (the example file says so)
 */
public record MasterplanProgress(int catalogueVersion, String source, List<FieldProgress> fields) {

    public record FieldProgress(String field, List<IndicatorProgress> indicators) {}
}
