package de.msh.studies.study.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the office knows about a study; an update replaces it as a whole. Blank text becomes absent. Dates lie between
 * 2015 and 2045 and a study never ends before it starts; a document link is an absolute http(s) address.
 *
 * @param commissioningBody who commissioned it (Auftraggeber), e.g. the Metropolregion Mitteldeutschland
 * @param contractor who carried it out (Auftragnehmer)
 * @param documentLink where the study can be read
 */
public record StudyDetails(
        String title,
        StudyKind kind,
        StudyField field,
        @Nullable String commissioningBody,
        @Nullable String contractor,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String summary,
        @Nullable URI documentLink) {

    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2045, 12, 31);

    public StudyDetails {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty()) {
            throw new InvalidStudy("title", "A study needs a title");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        commissioningBody = blankToNull(commissioningBody);
        contractor = blankToNull(contractor);
        summary = blankToNull(summary);
        inRange("startDate", startDate);
        inRange("endDate", endDate);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidStudy(
                    "endDate", "A study cannot end (" + endDate + ") before it starts (" + startDate + ")");
        }
        if (documentLink != null
                && (!documentLink.isAbsolute()
                        || !("https".equals(documentLink.getScheme()) || "http".equals(documentLink.getScheme())))) {
            throw new InvalidStudy("documentLink", "A document link is an absolute http or https address");
        }
    }

    private static void inRange(String field, @Nullable LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidStudy(field, "Dates lie between " + EARLIEST + " and " + LATEST);
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
