package de.msh.reporting.masterplan.application;

import de.msh.reporting.masterplan.domain.CatalogueEdit;
import de.msh.reporting.masterplan.domain.CatalogueVersion;
import de.msh.reporting.masterplan.domain.CatalogueVersionNotFound;
import de.msh.reporting.masterplan.domain.CatalogueVersions;
import de.msh.reporting.masterplan.domain.InitialCatalogue;
import de.msh.reporting.masterplan.domain.StaleCatalogue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The Masterplan catalogue: read as of any instant, edited by administrators one version at a time. */
@Service
public class CatalogueService {

    private final CatalogueVersions versions;
    private final InitialCatalogue initial;
    private final Clock clock;

    CatalogueService(CatalogueVersions versions, InitialCatalogue initial, Clock clock) {
        this.versions = versions;
        this.initial = initial;
        this.clock = clock;
    }

    /** Stores the reference data file as version 1 if there is no catalogue yet; of two instances, one does. */
    @EventListener(ApplicationReadyEvent.class)
    public void startWithTheReferenceData() {
        if (versions.latest().isEmpty()) {
            versions.add(initial.read());
        }
    }

    public CatalogueVersion current() {
        return versions.latest().orElseGet(initial::read);
    }

    public CatalogueVersion version(int version) {
        return versions.version(version).orElseThrow(() -> new CatalogueVersionNotFound(version));
    }

    public CatalogueVersion asOf(Instant instant) {
        return versions.asOf(instant).orElseGet(this::current);
    }

    public List<CatalogueVersion> history() {
        return versions.all();
    }

    /** Makes the next version; refused if the edit was made against an older one, or another edit got there first. */
    public CatalogueVersion edit(CatalogueEdit edit, String by) {
        CatalogueVersion latest = current();
        CatalogueVersion next = latest.edited(edit, by, clock.instant());
        if (!versions.add(next)) {
            throw new StaleCatalogue(edit.basedOnVersion(), next.version());
        }
        return next;
    }
}
