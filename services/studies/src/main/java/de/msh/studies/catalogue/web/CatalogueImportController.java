package de.msh.studies.catalogue.web;

import de.msh.studies.catalogue.application.CatalogueImport;
import de.msh.studies.catalogue.format.CsvCatalogue;
import de.msh.studies.catalogue.format.JsonCatalogue;
import de.msh.studies.catalogue.format.RawRow;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The bulk import of a study catalogue as CSV ({@code text/csv}) or JSON. Answers with what it did, or with every
 * problem of every row and nothing imported. For the steering office and admins.
 */
@RestController
class CatalogueImportController {

    /** Far more than 2,000 rows of study data; anything larger is the wrong file. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

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
        if (body.length > MAX_BYTES) {
            throw new ResponseStatusException(
                    HttpStatus.CONTENT_TOO_LARGE, "A catalogue file has at most " + MAX_BYTES + " bytes");
        }
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        List<RawRow> rows =
                MediaType.APPLICATION_JSON.isCompatibleWith(type) ? JsonCatalogue.read(text) : CsvCatalogue.read(text);
        return catalogue.apply(rows, user.getName());
    }
}
