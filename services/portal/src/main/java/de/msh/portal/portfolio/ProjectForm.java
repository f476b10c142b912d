package de.msh.portal.portfolio;

import de.msh.portal.web.GermanFormat;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The register and edit form as the browser sends it, text as typed; {@link ProjectFormReading} reads it. */
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
