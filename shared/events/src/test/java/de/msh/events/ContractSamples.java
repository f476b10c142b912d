package de.msh.events;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.util.List;
import java.util.Map;

/** One fixed instance per contract: the golden files are these, written as JSON. */
final class ContractSamples {

    static final Map<String, DomainEvent> BY_TYPE = Map.of(
            "msh.projects.ProjectRegistered.v1",
            new ProjectRegistered(
                    "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11",
                    "WS-001",
                    "MakerLab Eisleben",
                    "wertschoepfung",
                    List.of("Lutherstadt Eisleben"),
                    ProjectPhase.IDEA),
            "msh.projects.ProjectUpdated.v1",
            new ProjectUpdated(
                    "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11",
                    "MakerLab Eisleben",
                    "wertschoepfung",
                    "VALUE_CREATION",
                    List.of("Lutherstadt Eisleben", "Sangerhausen"),
                    "steering"),
            "msh.projects.ProjectPhaseChanged.v1",
            new ProjectPhaseChanged(
                    "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11",
                    ProjectPhase.APPLICATION,
                    ProjectPhase.APPROVED,
                    "admin",
                    "Bescheid liegt schriftlich vor",
                    true));

    private ContractSamples() {}
}
