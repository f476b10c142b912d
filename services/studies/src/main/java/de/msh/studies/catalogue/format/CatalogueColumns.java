package de.msh.studies.catalogue.format;

import java.util.List;

/** The columns of a catalogue file, in the order a CSV template lists them; the first four are required. */
public final class CatalogueColumns {

    public static final List<String> ALL = List.of(
            "catalogueNumber",
            "title",
            "kind",
            "field",
            "status",
            "commissioningBody",
            "contractor",
            "startDate",
            "endDate",
            "summary",
            "documentLink");
    public static final List<String> REQUIRED = ALL.subList(0, 4);
    /** More rows than the catalogue could sensibly hold is a wrong file, not a catalogue. */
    public static final int MAX_ROWS = 2000;

    private CatalogueColumns() {}
}
