package de.msh.portal.portfolio;

import de.msh.portal.web.GermanFormat;
import de.msh.portal.web.MoneyInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The register and edit form as the browser sends it: text as typed, checked here with German messages before the
 * service sees it. Lists are typed comma-separated, the yearly split one year per line ({@code 2026: 150.000,00}).
 */
public class ProjectForm {

    /** The fields a person fills in; a refusal naming another field is shown above the form. */
    static final Set<String> FIELDS = Set.of(
            "code",
            "title",
            "description",
            "strategicField",
            "handlingArea",
            "municipalities",
            "leadOrganisation",
            "projectManager",
            "tags",
            "studyId",
            "plannedTotal",
            "yearly");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Pattern YEAR_LINE = Pattern.compile("\\s*(\\d{4})\\s*[:=]\\s*(.+?)\\s*");

    private String idempotencyKey = UUID.randomUUID().toString();
    private @Nullable Long revision;
    private String code = "";
    private String title = "";
    private String description = "";
    private String strategicField = "";
    private String handlingArea = "";
    private String municipalities = "";
    private String leadOrganisation = "";
    private String projectManager = "";
    private String tags = "";
    private String studyId = "";
    private String plannedTotal = "";
    private String yearly = "";

    public static ProjectForm of(Project project) {
        ProjectForm form = new ProjectForm();
        form.revision = project.revision();
        form.code = project.code();
        form.title = project.title();
        form.description = orEmpty(project.description());
        form.strategicField = orEmpty(project.strategicField());
        form.handlingArea = orEmpty(project.handlingArea());
        form.municipalities = String.join(", ", project.municipalityList());
        form.leadOrganisation = orEmpty(project.leadOrganisation());
        form.projectManager = orEmpty(project.projectManager());
        form.tags = String.join(", ", project.tagList());
        form.studyId = orEmpty(project.studyId());
        if (project.plannedCost() != null) {
            form.plannedTotal = GermanFormat.amount(project.plannedCost().total());
            form.yearly = String.join(
                    "\n",
                    project.plannedCost().years().stream()
                            .map(year -> year.year() + ": " + GermanFormat.amount(year.amount()))
                            .toList());
        }
        return form;
    }

    /** Checks what the service would refuse too, so the person learns it in German and next to the field. */
    public void check(Errors errors, boolean registering) {
        if (registering && !CODE.matcher(code.strip()).matches()) {
            errors.rejectValue("code", "pattern", "2 bis 20 Großbuchstaben, Ziffern oder Bindestriche, z. B. WS-001.");
        }
        if (title.isBlank()) {
            errors.rejectValue("title", "required", "Bitte geben Sie einen Titel an.");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "size", "Der Titel darf höchstens 200 Zeichen lang sein.");
        }
        if (description.length() > 4000) {
            errors.rejectValue("description", "size", "Die Beschreibung darf höchstens 4.000 Zeichen lang sein.");
        }
        if (!plannedTotal.isBlank() && MoneyInput.parse(plannedTotal).isEmpty()) {
            errors.rejectValue("plannedTotal", "money", "Bitte einen Betrag in Euro angeben, z. B. 1.250.000,00.");
        }
        if (!yearly.isBlank() && plannedTotal.isBlank()) {
            errors.rejectValue("yearly", "total", "Eine Aufteilung nach Jahren braucht die geplanten Gesamtkosten.");
        } else if (years().isEmpty()) {
            errors.rejectValue("yearly", "format", "Eine Zeile je Jahr, z. B. 2026: 150.000,00.");
        }
    }

    ProjectRequests.Register toRegister() {
        return new ProjectRequests.Register(
                code.strip(),
                title.strip(),
                blankToNull(description),
                blankToNull(strategicField),
                blankToNull(handlingArea),
                list(municipalities),
                blankToNull(leadOrganisation),
                blankToNull(projectManager),
                list(tags),
                blankToNull(studyId),
                plannedCost());
    }

    ProjectRequests.Update toUpdate(List<ProjectRequests.Contribution> unchangedIndicators) {
        return new ProjectRequests.Update(
                revision == null ? 0 : revision,
                title.strip(),
                blankToNull(description),
                blankToNull(strategicField),
                blankToNull(handlingArea),
                list(municipalities),
                blankToNull(leadOrganisation),
                blankToNull(projectManager),
                list(tags),
                blankToNull(studyId),
                plannedCost(),
                unchangedIndicators);
    }

    /** The form field a refused request field belongs to, e.g. {@code plannedCost.total} to {@code plannedTotal}. */
    static String formField(String apiField) {
        String root = apiField.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        if (apiField.startsWith("plannedCost.yearly")) {
            return "yearly";
        }
        return "plannedCost".equals(root) ? "plannedTotal" : root;
    }

    private ProjectRequests.@Nullable PlannedCost plannedCost() {
        Optional<BigDecimal> total = MoneyInput.parse(plannedTotal);
        return total.map(amount -> new ProjectRequests.PlannedCost(amount, years().orElse(List.of())))
                .orElse(null);
    }

    private Optional<List<ProjectRequests.Year>> years() {
        List<ProjectRequests.Year> years = new ArrayList<>();
        for (String line : yearly.split("\\R")) {
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

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    // Getters and setters for Spring's data binding.

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public @Nullable Long getRevision() {
        return revision;
    }

    public void setRevision(@Nullable Long revision) {
        this.revision = revision;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStrategicField() {
        return strategicField;
    }

    public void setStrategicField(String strategicField) {
        this.strategicField = strategicField;
    }

    public String getHandlingArea() {
        return handlingArea;
    }

    public void setHandlingArea(String handlingArea) {
        this.handlingArea = handlingArea;
    }

    public String getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(String municipalities) {
        this.municipalities = municipalities;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public void setLeadOrganisation(String leadOrganisation) {
        this.leadOrganisation = leadOrganisation;
    }

    public String getProjectManager() {
        return projectManager;
    }

    public void setProjectManager(String projectManager) {
        this.projectManager = projectManager;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getStudyId() {
        return studyId;
    }

    public void setStudyId(String studyId) {
        this.studyId = studyId;
    }

    public String getPlannedTotal() {
        return plannedTotal;
    }

    public void setPlannedTotal(String plannedTotal) {
        this.plannedTotal = plannedTotal;
    }

    public String getYearly() {
        return yearly;
    }

    public void setYearly(String yearly) {
        this.yearly = yearly;
    }
}
