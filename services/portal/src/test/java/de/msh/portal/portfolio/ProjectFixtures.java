package de.msh.portal.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Projects as the projects service would answer, for the stubbed slice tests. */
public final class ProjectFixtures {

    public static final String ID = "3b4c2685-7beb-406e-85e7-c8a7426286e1";

    private ProjectFixtures() {}

    public static Project project(String code, String title, String phase) {
        return new Project(
                ID,
                code,
                title,
                "Wasserstoff für die Region",
                "energie",
                "ENERGY",
                List.of("Lutherstadt Eisleben"),
                "SEG Mansfeld-Südharz mbH",
                "Frau Beispiel",
                List.of("Demodaten"),
                null,
                new Project.PlannedCost(
                        new BigDecimal("1234567.89"),
                        List.of(new Project.YearlyAmount(2026, new BigDecimal("1234567.89")))),
                List.of(),
                phase,
                "steering",
                Instant.parse("2026-11-29T10:15:00Z"),
                3);
    }

    public static ProjectDetails details(Project project) {
        return new ProjectDetails(
                project,
                null,
                List.of(),
                List.of(new ProjectDetails.HistoryEntry(
                        Instant.parse("2026-11-29T10:15:00Z"), "steering", "registered", "IDEA", null)));
    }

    public static ProjectPage pageOf(List<Project> items) {
        return new ProjectPage(items, 0, 25, items.size(), 1);
    }
}
