package de.msh.studies.catalogue.application;

import de.msh.studies.catalogue.format.RawRow;
import de.msh.studies.catalogue.format.RowError;
import de.msh.studies.study.application.RegisterStudy;
import de.msh.studies.study.application.StudyService;
import de.msh.studies.study.domain.Studies;
import de.msh.studies.study.domain.Study;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports a study catalogue: registers the studies whose catalogue numbers are new, updates those already there and
 * moves their status forward. Every row is checked before the first is applied, so a file with any bad row imports
 * nothing. Each row is applied as its own idempotent change, so importing the same file again changes nothing, and
 * a run cut short (a crash between rows) is completed by importing the file again.
 */
@Service
public class CatalogueImport {

    /** How many studies the import registered, changed, and found as they already were. */
    public record Result(int created, int updated, int unchanged) {}

    private final Studies studies;
    private final StudyService service;

    CatalogueImport(Studies studies, StudyService service) {
        this.studies = studies;
        this.service = service;
    }

    public Result apply(List<RawRow> rows, String by) {
        List<CatalogueRow> checked = check(rows);
        int created = 0;
        int updated = 0;
        for (CatalogueRow row : checked) {
            Optional<Study> existing = studies.findByCatalogueNumber(row.catalogueNumber());
            if (existing.isEmpty()) {
                service.register(new RegisterStudy(row.catalogueNumber(), row.details(), row.status()), by);
                created++;
            } else if (changes(existing.get(), row)) {
                Study study = existing.get();
                service.update(study.id(), study.revision(), row.details(), by);
                if (row.status().compareTo(study.status()) > 0) {
                    service.changeStatus(
                            study.id(), null, row.status(), row.details().endDate(), by);
                }
                updated++;
            }
        }
        return new Result(created, updated, checked.size() - created - updated);
    }

    private List<CatalogueRow> check(List<RawRow> rows) {
        List<RowError> errors = new ArrayList<>();
        List<CatalogueRow> checked = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (RawRow raw : rows) {
            CatalogueRow.read(raw, errors).ifPresent(row -> {
                Integer earlier = firstRow.putIfAbsent(row.catalogueNumber(), row.row());
                if (earlier != null) {
                    errors.add(new RowError(row.row(), "catalogueNumber", "Also in row " + earlier));
                }
                studies.findByCatalogueNumber(row.catalogueNumber())
                        .ifPresent(study -> checkAgainst(study, row, errors));
                checked.add(row);
            });
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(0, "file", "The catalogue has no rows"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCatalogue(errors);
        }
        return checked;
    }

    /** What the row may not do to the study as it is: move it back, or change it once archived. */
    private static void checkAgainst(Study study, CatalogueRow row, List<RowError> errors) {
        if (row.status().compareTo(study.status()) < 0) {
            errors.add(new RowError(
                    row.row(), "status", "The study is already " + study.status() + "; it cannot move back"));
        } else if (study.status().isFinal() && changes(study, row)) {
            errors.add(new RowError(
                    row.row(), "catalogueNumber", "The study is " + study.status() + " and cannot change"));
        }
    }

    private static boolean changes(Study study, CatalogueRow row) {
        return !study.details().equals(row.details()) || row.status() != study.status();
    }
}
