package de.msh.projects.project.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the office writes about a project; the part of it that an update replaces as a whole. Blank text becomes
 * absent and municipalities are kept once each, in the order given, so equal input makes equal details.
 *
 * @param strategicField id of a strategic field (Themenfeld) from the office's reference data
 * @param leadOrganisation the Träger
 * @param projectManager the responsible project manager (Projektleitung)
 * @param plannedCost the planned total cost and its yearly split; absent until the office plans it
 */
public record ProjectDetails(
        String title,
        @Nullable String description,
        @Nullable String strategicField,
        @Nullable HandlingArea handlingArea,
        List<String> municipalities,
        @Nullable String leadOrganisation,
        @Nullable String projectManager,
        @Nullable PlannedCost plannedCost) {

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
        List<String> distinct = new ArrayList<>();
        for (String municipality : municipalities == null ? List.<String>of() : municipalities) {
            String name = municipality.strip();
            if (!name.isEmpty() && !distinct.contains(name)) {
                distinct.add(name);
            }
        }
        municipalities = List.copyOf(distinct);
    }

    public static ProjectDetails titled(String title) {
        return new ProjectDetails(title, null, null, null, List.of(), null, null, null);
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
        compare(changed, "plannedCost", plannedCost, other.plannedCost);
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
