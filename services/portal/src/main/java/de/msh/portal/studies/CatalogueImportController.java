package de.msh.portal.studies;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.ProblemMessages;
import de.msh.portal.web.UploadedFiles;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue import: a CSV or JSON file of studies, matched by catalogue number. Either all of it is taken, or
 * nothing and every refused cell is listed by row and column, in German.
 */
@Controller
class CatalogueImportController {

    private static final Map<String, String> TYPES = Map.of(".csv", "text/csv", ".json", "application/json");

    private final StudiesClient studies;
    private final ProblemMessages problems;

    CatalogueImportController(StudiesClient studies, ProblemMessages problems) {
        this.studies = studies;
        this.problems = problems;
    }

    @GetMapping("/studien/import")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String form(Model model) {
        model.addAttribute("uploadKey", UUID.randomUUID().toString());
        return "studies/import";
    }

    @PostMapping("/studien/import")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String upload(
            @RequestParam("datei") @Nullable MultipartFile file,
            @RequestParam String idempotencyKey,
            HttpServletResponse response,
            Model model)
            throws IOException {
        String type = UploadedFiles.contentType(file, TYPES);
        if (type == null) {
            model.addAttribute("importError", "Bitte wählen Sie eine CSV-Datei (.csv) oder eine JSON-Datei (.json).");
        } else {
            try {
                model.addAttribute("result", studies.importCatalogue(type, file.getBytes(), idempotencyKey));
            } catch (ServiceProblem refused) {
                if (refused.status() == 403) {
                    throw refused;
                }
                model.addAttribute("importError", problems.message(refused));
                model.addAttribute(
                        "rowErrors",
                        refused.fieldErrors().stream()
                                .map(e -> new RowError(e.row(), e.field(), CatalogueErrors.german(e.message())))
                                .toList());
            }
        }
        if (!model.containsAttribute("result")) {
            response.setStatus(422);
        }
        model.addAttribute("uploadKey", UUID.randomUUID().toString());
        return "studies/import";
    }

    /** @param row 0 for the file as a whole, 1 for the header line */
    record RowError(int row, String column, String message) {}
}
