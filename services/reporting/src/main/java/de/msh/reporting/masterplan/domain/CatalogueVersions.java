package de.msh.reporting.masterplan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every version of the catalogue, kept for good. */
public interface CatalogueVersions {

    Optional<CatalogueVersion> latest();

    Optional<CatalogueVersion> version(int version);

    /** The version that was valid at the given instant: the last one that took effect at or before it. */
    Optional<CatalogueVersion> asOf(Instant instant);

    /** Every version, newest first. */
    List<CatalogueVersion> all();

    /** Adds a version; false if one with its number exists already (someone else's edit got there first). */
    boolean add(CatalogueVersion version);
}
