package de.msh.reporting.masterplan.web;

import de.msh.reporting.masterplan.application.CatalogueService;
import de.msh.reporting.masterplan.domain.CatalogueVersion;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Masterplan 2038 catalogue: read by every staff role; edited only by {@code admin} (the platform's default). */
@RestController
class CatalogueController {

    static final String BASE = "/api/reporting/masterplan/catalogue";

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue now, or as it was valid at {@code asOf} (an ISO instant). */
    @GetMapping(BASE)
    CatalogueVersion current(@RequestParam(required = false) @Nullable Instant asOf) {
        return asOf == null ? catalogue.current() : catalogue.asOf(asOf);
    }

    /** Every version, newest first: who changed the catalogue, when and why. */
    @GetMapping(BASE + "/versions")
    List<CatalogueVersion> versions() {
        return catalogue.history();
    }

    @GetMapping(BASE + "/versions/{version}")
    CatalogueVersion version(@PathVariable int version) {
        return catalogue.version(version);
    }

    /** Makes the next version from the one the editor saw. */
    @PostMapping(BASE + "/versions")
    ResponseEntity<CatalogueVersion> edit(@Valid @RequestBody CatalogueEditRequest request, Authentication user) {
        CatalogueVersion next = catalogue.edit(request.edit(), user.getName());
        return ResponseEntity.created(URI.create(BASE + "/versions/" + next.version()))
                .body(next);
    }
}
