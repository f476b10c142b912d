package de.msh.studies.catalogue.web;

import de.msh.studies.catalogue.application.CatalogueImport;
import de.msh.studies.catalogue.format.CsvCatalogue;
import de.msh.studies.catalogue.format.JsonCatalogue;
import de.msh.studies.catalogue.format.RawRow;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bulk import of a study catalogue as CSV ({@code text/csv}) or JSON. Answers with what it did, or with every
 * problem of every row and nothing imported. For the steering office and admins. At most 2 MiB ({@code
 * msh.http.uploads} in {@code studies.yml}): a larger file is refused with 413 before it is read whole.
 */
@RestController
class CatalogueImportController {

    private final CatalogueImport catalogue;

    CatalogueImportController(CatalogueImport catalogue) {
        this.catalogue = catalogue;
    }

    @PostMapping(
            path = "/api/studies/catalogue",
            consumes = {"text/csv", MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasAnyRole('steering', 'admin')")
    CatalogueImport.Result importCatalogue(
            @RequestHeader("Content-Type") MediaType type, @RequestBody byte[] body, Authentication user) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        List<RawRow> rows =
                MediaType.APPLICATION_JSON.isCompatibleWith(type) ? JsonCatalogue.read(text) : CsvCatalogue.read(text);
        return catalogue.apply(rows, user.getName());
    }
}
