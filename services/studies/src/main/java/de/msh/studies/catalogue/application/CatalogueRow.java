package de.msh.studies.catalogue.application;

import de.msh.studies.catalogue.format.RawRow;
import de.msh.studies.catalogue.format.RowError;
import de.msh.studies.study.domain.InvalidStudy;
import de.msh.studies.study.domain.StudyDetails;
import de.msh.studies.study.domain.StudyField;
import de.msh.studies.study.domain.StudyKind;
import de.msh.studies.study.domain.StudyStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One catalogue row turned into what a study is made of. Spreadsheet habits are accepted: the German names of kinds,
 * field ids as well as names, and dates as {@code 30.11.2021} as well as {@code 2021-11-30}. Every problem of the row
 * is collected, not just the first.
 */
record CatalogueRow(int row, String catalogueNumber, StudyDetails details, StudyStatus status) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,29}");
    // Strict, so 30.02.2021 is refused instead of quietly becoming 28.02.2021.
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, StudyKind> GERMAN_KINDS = Map.of(
            "bedarfsuntersuchung", StudyKind.NEEDS_ASSESSMENT,
            "machbarkeitsanalyse", StudyKind.FEASIBILITY_ANALYSIS,
            "regionalwirtschaftliche studie", StudyKind.REGIONAL_ECONOMIC_STUDY);
    private static final Map<String, Integer> MAX_LENGTH =
            Map.of("title", 300, "commissioningBody", 200, "contractor", 200, "summary", 8000, "documentLink", 500);

    /** The row's study, or empty with the problems added to {@code errors}. */
    static Optional<CatalogueRow> read(RawRow raw, List<RowError> errors) {
        int before = errors.size();
        Reader in = new Reader(raw, errors);
        String number = in.required("catalogueNumber");
        if (number != null && !NUMBER.matcher(number).matches()) {
            in.error("catalogueNumber", "1 to 30 letters, digits or '-'");
        }
        MAX_LENGTH.forEach((column, max) -> in.maxLength(column, max));
        String title = in.required("title");
        StudyKind kind = in.parse("kind", CatalogueRow::kind);
        StudyField field = in.parse("field", CatalogueRow::field);
        StudyStatus status = in.parse("status", CatalogueRow::status);
        LocalDate start = in.parse("startDate", CatalogueRow::date);
        LocalDate end = in.parse("endDate", CatalogueRow::date);
        URI link = in.parse("documentLink", CatalogueRow::uri);
        if (errors.size() > before || number == null || title == null || kind == null || field == null) {
            return Optional.empty();
        }
        try {
            StudyDetails details = new StudyDetails(
                    title,
                    kind,
                    field,
                    raw.get("commissioningBody"),
                    raw.get("contractor"),
                    start,
                    end,
                    raw.get("summary"),
                    link);
            return Optional.of(
                    new CatalogueRow(raw.row(), number, details, status == null ? StudyStatus.COMMISSIONED : status));
        } catch (InvalidStudy invalid) {
            in.error(invalid.field(), invalid.getMessage());
            return Optional.empty();
        }
    }

    private static StudyKind kind(String text) {
        StudyKind german = GERMAN_KINDS.get(text.toLowerCase(Locale.GERMAN));
        return german != null ? german : StudyKind.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static StudyStatus status(String text) {
        StudyStatus status = StudyStatus.valueOf(text.toUpperCase(Locale.ROOT));
        if (status == StudyStatus.WITHDRAWN) {
            throw new IllegalArgumentException("a study is withdrawn one by one, with a reason, not by import");
        }
        return status;
    }

    private static StudyField field(String text) {
        return Arrays.stream(StudyField.values())
                .filter(f -> f.id().equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("one of "
                        + Arrays.stream(StudyField.values()).map(StudyField::id).toList()));
    }

    private static LocalDate date(String text) {
        try {
            return text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date like 2021-11-30 or 30.11.2021");
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("an address like https://…");
        }
    }

    /** Reads the cells of one row, adding a {@link RowError} for each that does not fit. */
    private record Reader(RawRow raw, List<RowError> errors) {

        void error(String column, String message) {
            errors.add(new RowError(raw.row(), column, message));
        }

        @Nullable
        String required(String column) {
            String value = raw.get(column);
            if (value == null) {
                error(column, "Required");
            }
            return value;
        }

        void maxLength(String column, int max) {
            String value = raw.get(column);
            if (value != null && value.length() > max) {
                error(column, "At most " + max + " characters");
            }
        }

        <T> @Nullable T parse(String column, java.util.function.Function<String, T> parser) {
            String value = raw.get(column);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                String expected = e.getMessage() != null && !e.getMessage().startsWith("No enum")
                        ? e.getMessage()
                        : "unknown value";
                error(column, "'" + value + "' is not valid: " + expected);
                return null;
            }
        }
    }
}
