package de.msh.events;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantRejected;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.StudyCompleted;
import de.msh.events.studies.StudyKind;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One fixed instance per contract: the golden files are these, written as JSON. */
final class ContractSamples {

    private static final String PROJECT = "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11";
    private static final String STUDY = "5d1f7a0e-2b8c-4a57-8f0d-6c9e3b2a1f40";
    private static final String GRANT = "7c4e2a91-0d3b-4f6e-9a85-1b2c3d4e5f60";

    static final Map<String, DomainEvent> BY_TYPE = Map.ofEntries(
            Map.entry(
                    "msh.projects.ProjectRegistered.v1",
                    new ProjectRegistered(
                            PROJECT,
                            "WS-001",
                            "MakerLab Eisleben",
                            "wertschoepfung",
                            List.of("Lutherstadt Eisleben"),
                            ProjectPhase.IDEA,
                            STUDY,
                            List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("12"))))),
            Map.entry(
                    "msh.projects.ProjectUpdated.v1",
                    new ProjectUpdated(
                            PROJECT,
                            "MakerLab Eisleben",
                            "wertschoepfung",
                            "VALUE_CREATION",
                            List.of("Lutherstadt Eisleben", "Sangerhausen"),
                            "steering",
                            STUDY,
                            List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("15"))))),
            Map.entry(
                    "msh.projects.ProjectPhaseChanged.v1",
                    new ProjectPhaseChanged(
                            PROJECT,
                            ProjectPhase.APPLICATION,
                            ProjectPhase.APPROVED,
                            "admin",
                            "Bescheid liegt schriftlich vor",
                            true)),
            Map.entry(
                    "msh.projects.ProjectIndicatorReported.v1",
                    new ProjectIndicatorReported(
                            PROJECT,
                            "cycle-route-km",
                            "km",
                            new BigDecimal("12.50"),
                            LocalDate.of(2026, 10, 12),
                            "Abnahmeprotokoll vom 12.10.2026",
                            "steering")),
            Map.entry(
                    "msh.projects.ProjectCancelled.v1",
                    new ProjectCancelled(
                            PROJECT, ProjectPhase.CONCEPT, "Träger hat den Antrag zurückgezogen", "steering")),
            Map.entry(
                    "msh.studies.StudyRegistered.v1",
                    new StudyRegistered(
                            STUDY,
                            "Machbarkeitsanalyse Wasserstoffnetz Südharz",
                            StudyKind.FEASIBILITY_ANALYSIS,
                            "energie")),
            Map.entry(
                    "msh.studies.StudyCompleted.v1", new StudyCompleted(STUDY, LocalDate.of(2021, 11, 30), "steering")),
            Map.entry(
                    "msh.studies.StudyWithdrawn.v1",
                    new StudyWithdrawn(STUDY, "Doppelt erfasst, siehe MRM-07", "steering")),
            Map.entry(
                    "msh.studies.RecommendationAdopted.v1",
                    new RecommendationAdopted(STUDY, "R-3", PROJECT, "steering")),
            Map.entry(
                    "msh.studies.RecommendationRealised.v1",
                    new RecommendationRealised(STUDY, "R-3", List.of(PROJECT), "steering")),
            Map.entry(
                    "msh.funding.GrantApplied.v1",
                    new GrantApplied(
                            GRANT,
                            PROJECT,
                            "IB-R2038-2026-0042",
                            "invkg-arm1",
                            "2020-2026",
                            new BigDecimal("1400000.00"),
                            "EUR",
                            "finance")),
            Map.entry(
                    "msh.funding.GrantRejected.v1",
                    new GrantRejected(
                            GRANT,
                            PROJECT,
                            "Fördergegenstand nicht im Investitionsbereich nach § 4 InvKG",
                            LocalDate.of(2026, 3, 2),
                            "finance")),
            Map.entry(
                    "msh.funding.GrantApproved.v1",
                    new GrantApproved(
                            "7c4e2a91-0d3b-4f6e-9a85-1b2c3d4e5f60",
                            PROJECT,
                            "invkg-arm1",
                            new BigDecimal("1250000.00"),
                            "EUR",
                            LocalDate.of(2026, 3, 2),
                            "finance")));

    /**
     * Data as producers wrote it before optional fields were added within v1; it must still read, with those fields
     * absent or empty.
     */
    static final Map<String, DomainEvent> EARLIER = Map.of(
            "msh.projects.ProjectRegistered.v1",
            new ProjectRegistered(
                    PROJECT,
                    "WS-001",
                    "MakerLab Eisleben",
                    "wertschoepfung",
                    List.of("Lutherstadt Eisleben"),
                    ProjectPhase.IDEA,
                    null,
                    List.of()),
            "msh.projects.ProjectUpdated.v1",
            new ProjectUpdated(
                    PROJECT,
                    "MakerLab Eisleben",
                    "wertschoepfung",
                    "VALUE_CREATION",
                    List.of("Lutherstadt Eisleben", "Sangerhausen"),
                    "steering",
                    null,
                    List.of()));

    private ContractSamples() {}
}
