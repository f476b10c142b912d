package de.msh.events;

import de.msh.events.funding.DiscrepancyKind;
import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.PaymentReconciled;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.events.funding.RecipientKind;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.events.funding.ReconciliationDiscrepancyFound;
import de.msh.events.funding.ReconciliationDiscrepancyResolved;
import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneAtRisk;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.milestones.MilestoneMissed;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.milestones.MilestoneReplanned;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.PlannedCost;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.RecommendationRejected;
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
    private static final String MILESTONE = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

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
                            List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("12"))),
                            "VALUE_CREATION",
                            "Frau Beispiel",
                            List.of("Demodaten"),
                            new PlannedCost(
                                    new BigDecimal("480000.00"),
                                    "EUR",
                                    List.of(
                                            new PlannedCost.YearlyAmount(2026, new BigDecimal("180000.00")),
                                            new PlannedCost.YearlyAmount(2027, new BigDecimal("300000.00")))))),
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
                            List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("15"))),
                            "Frau Beispiel",
                            List.of("Demodaten", "Handwerk"),
                            new PlannedCost(new BigDecimal("520000.00"), "EUR", List.of()))),
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
                    "msh.studies.RecommendationAdded.v1",
                    new RecommendationAdded(STUDY, "R-4", "Radwegelücken zum Harzrundweg schließen", "steering")),
            Map.entry(
                    "msh.studies.RecommendationRejected.v1",
                    new RecommendationRejected(
                            STUDY, "R-4", "Trasse liegt im FFH-Gebiet, nicht genehmigungsfähig", "steering")),
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
                            "finance",
                            RecipientKind.MUNICIPALITY,
                            "tourismus",
                            "Lutherstadt Eisleben")),
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
                            "finance",
                            new BigDecimal("0.8"),
                            new BigDecimal("1562500.00"),
                            LocalDate.of(2028, 12, 31))),
            Map.entry(
                    "msh.funding.GrantAmended.v1",
                    new GrantAmended(
                            GRANT,
                            PROJECT,
                            2,
                            new BigDecimal("1350000.00"),
                            new BigDecimal("0.9"),
                            new BigDecimal("1500000.00"),
                            "EUR",
                            LocalDate.of(2026, 9, 15),
                            "Mehrkosten Bauabschnitt 2 anerkannt",
                            "finance",
                            LocalDate.of(2029, 6, 30))),
            Map.entry(
                    "msh.funding.FundsCalled.v1",
                    new FundsCalled(
                            GRANT,
                            PROJECT,
                            "IB-R2038-2026-0042",
                            "C-1",
                            2026,
                            new BigDecimal("400000.00"),
                            "EUR",
                            LocalDate.of(2026, 4, 1),
                            "finance")),
            Map.entry(
                    "msh.funding.PaymentReceived.v1",
                    new PaymentReceived(
                            GRANT,
                            PROJECT,
                            "C-1",
                            "R-1",
                            new BigDecimal("400000.00"),
                            "EUR",
                            LocalDate.of(2026, 4, 14),
                            "finance")),
            Map.entry(
                    "msh.funding.PaymentDisbursed.v1",
                    new PaymentDisbursed(
                            GRANT,
                            PROJECT,
                            "D-1",
                            "Lutherstadt Eisleben",
                            new BigDecimal("250000.00"),
                            "EUR",
                            LocalDate.of(2026, 4, 20),
                            "finance")),
            Map.entry(
                    "msh.funding.ProofOfUseDue.v1",
                    new ProofOfUseDue(
                            GRANT,
                            PROJECT,
                            "interim-2026",
                            ProofKind.INTERIM,
                            LocalDate.of(2027, 4, 30),
                            "Zwischennachweis bis 30. April des Folgejahres (ANBest-P Nr. 6)")),
            Map.entry(
                    "msh.funding.ProofOfUseAccepted.v1",
                    new ProofOfUseAccepted(
                            GRANT,
                            PROJECT,
                            "interim-2026",
                            ProofKind.INTERIM,
                            new BigDecimal("380000.00"),
                            "EUR",
                            LocalDate.of(2027, 5, 20),
                            "finance",
                            null)),
            Map.entry(
                    "msh.funding.ReclaimRepaid.v1",
                    new ReclaimRepaid(
                            GRANT,
                            PROJECT,
                            "RF-1",
                            new BigDecimal("20000.00"),
                            new BigDecimal("53.25"),
                            "EUR",
                            LocalDate.of(2026, 7, 31),
                            108,
                            "finance")),
            Map.entry(
                    "msh.funding.GrantReclaimed.v1",
                    new GrantReclaimed(
                            GRANT,
                            PROJECT,
                            "RF-1",
                            new BigDecimal("20000.00"),
                            "EUR",
                            LocalDate.of(2026, 4, 14),
                            false,
                            "Ausgaben nicht zuwendungsfähig",
                            "finance")),
            Map.entry(
                    "msh.funding.GrantClosed.v1",
                    new GrantClosed(
                            GRANT,
                            PROJECT,
                            new BigDecimal("400000.00"),
                            new BigDecimal("380000.00"),
                            new BigDecimal("20000.00"),
                            "EUR",
                            LocalDate.of(2029, 1, 10),
                            "finance")),
            Map.entry(
                    "msh.funding.PaymentReconciled.v1",
                    new PaymentReconciled(
                            GRANT,
                            PROJECT,
                            "R-1",
                            "2026-04-14-001/2",
                            new BigDecimal("400000.00"),
                            "EUR",
                            LocalDate.of(2026, 4, 14),
                            "matching")),
            Map.entry(
                    "msh.funding.ReconciliationDiscrepancyFound.v1",
                    new ReconciliationDiscrepancyFound(
                            "2026-04-14-001",
                            "2026-04-14-001/3",
                            "DE02800550083010010050",
                            DiscrepancyKind.UNEXPECTED,
                            new BigDecimal("1200.50"),
                            "EUR",
                            LocalDate.of(2026, 4, 14),
                            null,
                            "Kein Aktenzeichen im Verwendungszweck")),
            Map.entry(
                    "msh.funding.ReconciliationDiscrepancyResolved.v1",
                    new ReconciliationDiscrepancyResolved(
                            "2026-04-14-001",
                            "2026-04-14-001/3",
                            "NOT_RELEVANT",
                            "Miete Geschäftsstelle, keine Fördermittel",
                            "finance")),
            Map.entry(
                    "msh.milestones.MilestonePlanned.v1",
                    new MilestonePlanned(
                            PROJECT,
                            MILESTONE,
                            "Verwendungsnachweis 2026",
                            MilestoneKind.FUNDING_DEADLINE,
                            LocalDate.of(2027, 4, 30),
                            List.of("3a9d4f1e-6b2c-4e8a-9f7d-0c1b2a3d4e5f"),
                            GRANT,
                            "ANBest-P Nr. 6.1: Zwischennachweis bis 30. April des Folgejahres",
                            "system")),
            Map.entry(
                    "msh.milestones.MilestoneReplanned.v1",
                    new MilestoneReplanned(
                            PROJECT,
                            MILESTONE,
                            LocalDate.of(2027, 4, 30),
                            LocalDate.of(2027, 6, 15),
                            "Fristverlängerung durch die Bewilligungsbehörde",
                            "finance")),
            Map.entry(
                    "msh.milestones.MilestoneAchieved.v1",
                    new MilestoneAchieved(
                            PROJECT, MILESTONE, LocalDate.of(2027, 6, 10), LocalDate.of(2027, 4, 30), "finance")),
            Map.entry(
                    "msh.milestones.MilestoneAtRisk.v1",
                    new MilestoneAtRisk(PROJECT, MILESTONE, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 16))),
            Map.entry(
                    "msh.milestones.MilestoneMissed.v1",
                    new MilestoneMissed(PROJECT, MILESTONE, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1))),
            Map.entry(
                    "msh.milestones.MilestoneClosed.v1",
                    new MilestoneClosed(PROJECT, MILESTONE, "Vorhaben abgebrochen", "system")));

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
                    List.of()),
            "msh.funding.GrantApplied.v1",
            new GrantApplied(
                    GRANT,
                    PROJECT,
                    "IB-R2038-2026-0042",
                    "invkg-arm1",
                    "2020-2026",
                    new BigDecimal("1400000.00"),
                    "EUR",
                    "finance"),
            "msh.funding.GrantApproved.v1",
            new GrantApproved(
                    "7c4e2a91-0d3b-4f6e-9a85-1b2c3d4e5f60",
                    PROJECT,
                    "invkg-arm1",
                    new BigDecimal("1250000.00"),
                    "EUR",
                    LocalDate.of(2026, 3, 2),
                    "finance"),
            "msh.funding.GrantAmended.v1",
            new GrantAmended(
                    GRANT,
                    PROJECT,
                    2,
                    new BigDecimal("1350000.00"),
                    new BigDecimal("0.9"),
                    new BigDecimal("1500000.00"),
                    "EUR",
                    LocalDate.of(2026, 9, 15),
                    "Mehrkosten Bauabschnitt 2 anerkannt",
                    "finance"),
            "msh.funding.ProofOfUseAccepted.v1",
            new ProofOfUseAccepted(
                    GRANT,
                    PROJECT,
                    "interim-2026",
                    ProofKind.INTERIM,
                    new BigDecimal("380000.00"),
                    "EUR",
                    LocalDate.of(2027, 5, 20),
                    "finance"));

    private ContractSamples() {}
}
