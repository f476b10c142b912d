package de.msh.projects.project.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the office writes about a project; the part of it that an update replaces as a whole. Blank text becomes
 * absent and municipalities and tags are kept once each, in the order given, so equal input makes equal details.
 *
 * @param strategicField id of a strategic field (Themenfeld) from the office's reference data
 * @param leadOrganisation the Träger
 * @param projectManager the responsible project manager (Projektleitung)
 * @param tags the office's own labels, kept once each ignoring case, in the order given
 * @param studyId id of the Metropolregion study the project originates from, if any
 */
public record ProjectDetails(
        String title,
        @Nullable String description,
        @Nullable String strategicField,
        @Nullable HandlingArea handlingArea,
        List<String> municipalities,
        @Nullable String leadOrganisation,
        @Nullable String projectManager,
        List<String> tags,
        @Nullable String studyId) {

    public ProjectDetails {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A project needs a title");
        }
        description = blankToNull(description);
        strategicField = blankToNull(strategicField);
        leadOrganisation = blankToNull(leadOrganisation);
        projectManager = blankToNull(projectManager);
        studyId = blankToNull(studyId);
        municipalities = distinct(municipalities);
        tags = distinct(tags);
    }

    /** Stripped, blanks dropped, each kept once ignoring case, in the order given. */
    private static List<String> distinct(@Nullable List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String raw : names == null ? List.<String>of() : names) {
            String name = raw.strip();
            if (!name.isEmpty() && kept.stream().noneMatch(name::equalsIgnoreCase)) {
                kept.add(name);
            }
        }
        return List.copyOf(kept);
    }

    public static ProjectDetails titled(String title) {
        return new ProjectDetails(title, null, null, null, List.of(), null, null, List.of(), null);
    }

    /** The names of the parts that differ from {@code other}, for the history. */
    List<String> differencesFrom(ProjectDetails other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", title, other.title);
        compare(changed, "description", description, other.description);
        compare(changed, "strategicField", strategicField, other.strategicField);
        compare(changed, "handlingArea", handlingArea, other.handlingArea);
        compare(changed, "municipalities", municipalities, other.municipalities);
        compare(changed, "leadOrganisation", leadOrganisation, other.leadOrganisation);
        compare(changed, "projectManager", projectManager, other.projectManager);
        compare(changed, "tags", tags, other.tags);
        compare(changed, "studyId", studyId, other.studyId);
        return changed;
    }

    private static void compare(List<String> changed, String name, @Nullable Object mine, @Nullable Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(name);
        }
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
