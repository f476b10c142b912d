package de.msh.portal.portfolio;

import de.msh.portal.web.MoneyInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Reads the register and edit form as typed: checks it with German messages before the service sees it, and builds
 * the requests of the projects service. Lists are typed comma-separated, the yearly split one year per line
 * ({@code 2026: 150.000,00}).
 */
final class ProjectFormReading {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Pattern YEAR_LINE = Pattern.compile("\\s*(\\d{4})\\s*[:=]\\s*(.+?)\\s*");

    private ProjectFormReading() {}

    /** Checks what the service would refuse too, so the person learns it in German and next to the field. */
    static void check(ProjectForm form, Errors errors, boolean registering) {
        if (registering && !CODE.matcher(form.getCode().strip()).matches()) {
            errors.rejectValue("code", "pattern", "2 bis 20 Großbuchstaben, Ziffern oder Bindestriche, z. B. WS-001.");
        }
        if (form.getTitle().isBlank()) {
            errors.rejectValue("title", "required", "Bitte geben Sie einen Titel an.");
        } else if (form.getTitle().length() > 200) {
            errors.rejectValue("title", "size", "Der Titel darf höchstens 200 Zeichen lang sein.");
        }
        if (form.getDescription().length() > 4000) {
            errors.rejectValue("description", "size", "Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        }
        if (!form.getPlannedTotal().isBlank()
                && MoneyInput.parse(form.getPlannedTotal()).isEmpty()) {
            errors.rejectValue("plannedTotal", "money", "Bitte einen Betrag in Euro angeben, z. B. 1.250.000,00.");
        }
        if (!form.getYearly().isBlank() && form.getPlannedTotal().isBlank()) {
            errors.rejectValue("yearly", "total", "Eine Aufteilung nach Jahren braucht die geplanten Gesamtkosten.");
        } else if (years(form).isEmpty()) {
            errors.rejectValue("yearly", "format", "Eine Zeile je Jahr, z. B. 2026: 150.000,00.");
        }
    }

    static ProjectRequests.Register register(ProjectForm form) {
        return new ProjectRequests.Register(
                form.getCode().strip(),
                form.getTitle().strip(),
                blankToNull(form.getDescription()),
                blankToNull(form.getStrategicField()),
                blankToNull(form.getHandlingArea()),
                list(form.getMunicipalities()),
                blankToNull(form.getLeadOrganisation()),
                blankToNull(form.getProjectManager()),
                list(form.getTags()),
                blankToNull(form.getStudyId()),
                plannedCost(form));
    }

    static ProjectRequests.Update update(ProjectForm form, List<ProjectRequests.Contribution> unchangedIndicators) {
        return new ProjectRequests.Update(
                form.getRevision() == null ? 0 : form.getRevision(),
                form.getTitle().strip(),
                blankToNull(form.getDescription()),
                blankToNull(form.getStrategicField()),
                blankToNull(form.getHandlingArea()),
                list(form.getMunicipalities()),
                blankToNull(form.getLeadOrganisation()),
                blankToNull(form.getProjectManager()),
                list(form.getTags()),
                blankToNull(form.getStudyId()),
                plannedCost(form),
                unchangedIndicators);
    }

    /** The form field a refused request field belongs to, e.g. {@form.getCode() plannedCost.total} to {@form.getCode() form.getPlannedTotal()}. */
    static String formField(String apiField) {
        String root = apiField.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        if (apiField.startsWith("plannedCost.yearly")) {
            return "yearly";
        }
        return "plannedCost".equals(root) ? "plannedTotal" : root;
    }

    private static ProjectRequests.@Nullable PlannedCost plannedCost(ProjectForm form) {
        Optional<BigDecimal> total = MoneyInput.parse(form.getPlannedTotal());
        return total.map(amount ->
                        new ProjectRequests.PlannedCost(amount, years(form).orElse(List.of())))
                .orElse(null);
    }

    private static Optional<List<ProjectRequests.Year>> years(ProjectForm form) {
        List<ProjectRequests.Year> years = new ArrayList<>();
        for (String line : form.getYearly().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = YEAR_LINE.matcher(line);
            Optional<BigDecimal> amount = matcher.matches() ? MoneyInput.parse(matcher.group(2)) : Optional.empty();
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            years.add(new ProjectRequests.Year(Integer.parseInt(matcher.group(1)), amount.get()));
        }
        return Optional.of(years);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
